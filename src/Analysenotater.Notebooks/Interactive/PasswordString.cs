namespace Microsoft.DotNet.Interactive;

/// <summary>A password read with <see cref="Kernel.GetPasswordAsync"/> (the .NET Interactive type): ToString() never shows it.</summary>
public sealed class PasswordString
{
    private readonly string _clearText;

    /// <summary>Wraps a clear-text password.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clearTextPassword"/> is null.</exception>
    public PasswordString(string clearTextPassword) => _clearText = clearTextPassword ?? throw new ArgumentNullException(nameof(clearTextPassword));

    /// <summary>The password as typed.</summary>
    public string GetClearTextPassword() => _clearText;

    /// <summary>Asterisks, never the password.</summary>
    public override string ToString() => "************";
}
