using System.Text.RegularExpressions;

namespace Analysenotater.Text.Screening.Detectors;

/// <summary>E-mail addresses, web addresses (public sites such as helsenorge.no and nav.no excepted) and social-media user names.</summary>
internal static partial class ContactDetector
{
    private static readonly HashSet<string> Platforms =
    [
        "snap", "snapen", "snapchat", "snapchaten", "sc", "insta", "instagram", "instaen", "ig", "tiktok", "tiktoken", "facebook", "fb", "face", "messenger",
        "discord", "telegram", "kik", "twitter", "x", "signal", "whatsapp", "wickr", "youtube", "reddit", "twitch", "threads", "bluesky", "linkedin",
        "steam", "xbox", "psn", "playstation",
    ];

    private static readonly HashSet<string> HandleCues = ["heter", "er", "e", "som", "brukernavn", "brukernavnet", "brukarnamn", "navn", "namn", "nick", "id"];

    private static readonly HashSet<string> FunctionalMailboxes = ["post", "postmottak", "postmottak.oslo", "kontakt", "info", "firmapost", "servicetorget", "sentralbord", "sentralbordet", "kundeservice", "personvern", "personvernombud", "personvernombudet", "ombud", "pasientombudet", "klage", "nav"];

    public static void Detect(ScreeningText s)
    {
        foreach (Match m in EmailPattern().Matches(s.Text))
        {
            var at = m.Value.IndexOf('@', StringComparison.Ordinal);
            if (FunctionalMailboxes.Contains(m.Value[..at].ToLowerInvariant()) && s.Lexicon.IsPublicSite(m.Value[(at + 1)..].ToLowerInvariant()))
            {
                continue; // «postmottak@nav.no»: an agency's shared mailbox names no one
            }

            s.Add(IdentifierKind.EmailAddress, m.Index, m.Index + m.Length, "e-postadresse", "e-post");
        }

        foreach (Match m in ObfuscatedEmailPattern().Matches(s.Text))
        {
            s.Add(IdentifierKind.EmailAddress, m.Index, m.Index + m.Length, "e-postadresse skrevet med «at»/«(at)»/«krøllalfa»", "e-post");
        }

        foreach (Match m in UrlPattern().Matches(s.Text))
        {
            var host = m.Groups["host"].Value.ToLowerInvariant();
            var path = m.Groups["path"].Value.TrimEnd('/');
            if (s.Lexicon.IsPublicSite(host) && !(IsSocialSite(host) && path.Length > 1))
            {
                continue; // a public site (helsenorge.no, nav.no) names no one; a profile path on a social site does
            }

            var bare = path.Length <= 1;
            s.Add(IdentifierKind.WebAddress, m.Index, m.Index + m.Length,
                bare ? "nettsted som ikke er i lista over offentlige tjenester" : "nettadresse med sti (kan peke på en person eller profil)", "nettadresse",
                bare ? ScreeningCertainty.Doubtful : ScreeningCertainty.Certain);
        }

        foreach (Match m in AtHandlePattern().Matches(s.Text))
        {
            s.Add(IdentifierKind.SocialMediaHandle, m.Index, m.Index + m.Length, "brukernavn med @", "brukernavn");
        }

        DetectPlatformHandles(s);
    }

    private static bool IsSocialSite(string host) =>
        host.Contains("facebook", StringComparison.Ordinal) || host.Contains("instagram", StringComparison.Ordinal) || host.Contains("tiktok", StringComparison.Ordinal)
        || host.Contains("snapchat", StringComparison.Ordinal) || host.Contains("youtube", StringComparison.Ordinal) || host.Contains("twitter", StringComparison.Ordinal);

    /// <summary>«snap: tobben_92», «snapen min er monah99», «på snap, heter rune_h», «brukernavnet mitt på Discord er ravnen1987».</summary>
    private static void DetectPlatformHandles(ScreeningText s)
    {
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            var lw = s.Lower(i);
            var isPlatform = Platforms.Contains(lw) || lw.StartsWith("brukernavn", StringComparison.Ordinal) || lw.StartsWith("brukarnamn", StringComparison.Ordinal);
            if (!isPlatform)
            {
                continue;
            }

            // Look at most 6 tokens ahead (across a comma) for a handle-like token after a cue (":", «er», «heter») or with digits/underscore.
            var sawCue = false;
            for (var k = i + 1; k < s.Tokens.Count && k <= i + 7; k++)
            {
                var t = s.Tokens[k];
                if (t.Text is ":" or "=" or "-" || HandleCues.Contains(t.Lower))
                {
                    sawCue = true;
                    continue;
                }

                if (t.Text is "." or "!" or "?")
                {
                    break;
                }

                if (t.Kind is Tokenization.TokenKind.Word or Tokenization.TokenKind.Number)
                {
                    var handleLike = LooksLikeHandle(s.Text, t.Start, out var end);
                    if (handleLike || (sawCue && !s.IsCommonWord(t.Lower) && !Platforms.Contains(t.Lower)))
                    {
                        s.Add(IdentifierKind.SocialMediaHandle, t.Start, Math.Max(end, t.End), "brukernavn på en sosial tjeneste", "brukernavn");
                        break;
                    }
                }
            }
        }
    }

    /// <summary>A token with letters and digits, an underscore or an inner dot («monah99», «rune_h», «linda.frisk»).</summary>
    private static bool LooksLikeHandle(string text, int start, out int end)
    {
        var m = HandleTokenPattern().Match(text, start);
        end = start;
        if (!m.Success || m.Index != start)
        {
            return false;
        }

        end = m.Index + m.Length;
        var v = m.Value;
        var letters = v.Count(char.IsLetter);
        var digits = v.Count(char.IsDigit);
        return letters > 0 && (digits > 0 || v.Contains('_', StringComparison.Ordinal) || v.Trim('.').Contains('.', StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:https?://)?(?<host>(?:www\.)?(?:[\p{L}\p{N}\-]+\.)+(?<tld>no|com|net|org|se|dk|io|me|info|eu|blogg\.no|nu|tv|app)|www\.[\p{L}\p{N}\-.]+)(?![\p{L}\p{N}])(?<path>/[^\s<>""«»]*[^\s<>""«».,;:!?)])?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    // «kari.h (at) gmail.com», «kari at gmail dot com», «kari krøllalfa online punktum no».
    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+\s*(?:\(at\)|\[at\]|\sat\s|\skrøllalfa\s|\(krøllalfa\))\s*[\p{L}\p{N}\-]+\s*(?:\.|\sdot\s|\(dot\)|\spunktum\s)\s*(?:no|com|net|org|se|dk)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObfuscatedEmailPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-])@[\p{L}\p{N}_][\p{L}\p{N}_.]{1,}[\p{L}\p{N}_]", RegexOptions.CultureInvariant)]
    private static partial Regex AtHandlePattern();

    [GeneratedRegex(@"[\p{L}\p{N}_][\p{L}\p{N}_.]*[\p{L}\p{N}_]|[\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex HandleTokenPattern();
}
