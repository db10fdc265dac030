using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// One token as the event coder sees it: its folded key and the keys left after stripping proclitics
/// (و ف, then ب ل ك, then ال or لل, and the future prefix سـ), least stripped first. Matching uses the first key that
/// the lexicon knows, so «بحث» stays "discussed" and is never read as ب + «حث» ("urged").
/// </summary>
public sealed class WordKeys
{
    public WordKeys(Token token, string[] keys, bool[] definite, bool[] future)
    {
        Token = token;
        Keys = keys;
        Definite = definite;
        Future = future;
    }

    public Token Token { get; }
    public TextSpan Span => Token.Span;
    public string Key => Keys[0];
    public string[] Keys { get; }
    /// <summary>Per key: whether an article ال was stripped to reach it.</summary>
    public bool[] Definite { get; }
    /// <summary>Per key: whether the future prefix سـ was stripped to reach it.</summary>
    public bool[] Future { get; }

    public bool IsPunctuation => Token.Kind == TokenKind.Punctuation;

    // The proclitic-stripping here is deliberately minimal (no lexicon of stems): the event lexicon lists whole
    // surface forms, and every stripped key is only tried after the less-stripped ones failed.
    public static WordKeys Create(string text, Token token)
    {
        string key = ArabicFolder.Fold(text.AsSpan(token.Start, token.Span.Length));
        if (token.Kind != TokenKind.ArabicWord || key.Length < 4) return new WordKeys(token, [key], [false], [false]);
        var keys = new List<string>(6) { key };
        var definite = new List<bool>(6) { false };
        var future = new List<bool>(6) { false };
        void Add(string k, bool def, bool fut)
        {
            if (k.Length < 2 || keys.Contains(k)) return;
            keys.Add(k);
            definite.Add(def);
            future.Add(fut);
        }
        var stems = new List<string>(2) { key };
        if (key[0] is 'و' or 'ف' && key.Length >= 4) { stems.Add(key[1..]); Add(key[1..], false, false); }
        foreach (var s in stems)
        {
            if (s.StartsWith("لل", StringComparison.Ordinal) && s.Length >= 5) Add(s[2..], true, false);
            if (s[0] is 'ب' or 'ل' or 'ك' && s.Length >= 4)
            {
                string rest = s[1..];
                Add(rest, false, false);
                if (rest.StartsWith("ال", StringComparison.Ordinal) && rest.Length >= 5) Add(rest[2..], true, false);
            }
            if (s.StartsWith("ال", StringComparison.Ordinal) && s.Length >= 5) Add(s[2..], true, false);
            if (s[0] == 'س' && s.Length >= 4 && s[1] is 'ي' or 'ت' or 'ن' or 'ا') Add(s[1..], false, true);
        }
        return new WordKeys(token, [.. keys], [.. definite], [.. future]);
    }

    /// <summary>The keys of a sentence's tokens.</summary>
    public static WordKeys[] ForRange(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var result = new WordKeys[end - first];
        for (int i = first; i < end; i++) result[i - first] = Create(text, tokens[i]);
        return result;
    }

    /// <summary>Whether any key of this word equals <paramref name="word"/> (folded).</summary>
    public bool Is(string word)
    {
        foreach (var k in Keys) if (k == word) return true;
        return false;
    }
}
