namespace Analysenotater.Tables;

/// <summary>
/// A named recode of valid answer codes into collapsed categories, for example <see cref="KoRusThreeWay"/>
/// (1–2 / 3 / 4–5 as in KoRus 2017 Vedlegg 3). Missing codes («ikke aktuelt» …) are never recoded; they stay missing.
/// </summary>
/// <param name="Name">The recode's name, printed in table notes.</param>
/// <param name="Categories">The categories in printed order; every valid code of the item must fall in exactly one.</param>
public sealed record Recode(string Name, IReadOnlyList<RecodeCategory> Categories)
{
    /// <summary>KoRus 2017 Vedlegg 3: 1–2 «Ikke i det hele tatt/i liten grad», 3 «I noen grad», 4–5 «I stor/svært stor grad».</summary>
    public static Recode KoRusThreeWay { get; } = new("KoRusThreeWay",
    [
        new("Ikke i det hele tatt/i liten grad", [1, 2]),
        new("I noen grad", [3]),
        new("I stor/svært stor grad", [4, 5]),
    ]);

    /// <summary>KoRus top box: 4–5 «I stor/svært stor grad» against 1–3 «Ikke i det hele tatt/liten/noen grad».</summary>
    public static Recode KoRusTopBox { get; } = new("KoRusTopBox",
    [
        new("Ikke i det hele tatt/liten/noen grad", [1, 2, 3]),
        new("I stor/svært stor grad", [4, 5]),
    ]);

    /// <summary>HSCL-10 two-way: 1–2 «Ikke/litt plaget», 3–4 «Ganske eller veldig mye plaget».</summary>
    public static Recode HsclTwoWay { get; } = new("HsclTwoWay",
    [
        new("Ikke/litt plaget", [1, 2]),
        new("Ganske eller veldig mye plaget", [3, 4]),
    ]);

    /// <summary>The index of the category holding <paramref name="code"/>, or −1.</summary>
    public int CategoryOf(int code)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (Categories[i].Codes.Contains(code))
            {
                return i;
            }
        }

        return -1;
    }
}
