using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Events;

/// <summary>
/// One token as the event coder sees it: its folded key and the keys left after stripping proclitics
/// (<see cref="ProcliticReader"/>: و ف, then ب ل ك, then ال or لل, and the future prefix سـ), least stripped first. Matching uses the first key that
/// the lexicon knows, so «بحث» stays "discussed" and is never read as ب + «حث» ("urged").
/// </summary>
/// <remarks>PERF: every stripped key is a suffix of the folded key, so a word holds one string and up to eight start
/// offsets packed in a ulong; lookups go through span-keyed alternate lookups and allocate nothing.</remarks>
internal sealed class WordKeys
{
    private const int MaxKeys = 8;
    private const int MinStem = 3;
    private readonly ulong _starts;
    private readonly byte _definite;
    private readonly byte _future;

    private WordKeys(Token token, string key, ulong starts, int count, byte definite, byte future)
    {
        Token = token;
        Key = key;
        _starts = starts;
        KeyCount = count;
        _definite = definite;
        _future = future;
    }

    public Token Token { get; }
    public TextSpan Span => Token.Span;
    /// <summary>The folded token, nothing stripped.</summary>
    public string Key { get; }
    public int KeyCount { get; }
    public bool IsPunctuation => Token.Kind == TokenKind.Punctuation;

    public ReadOnlySpan<char> KeyAt(int i) => Key.AsSpan(Start(i));

    /// <summary>Whether an article ال was stripped to reach key <paramref name="i"/>.</summary>
    public bool DefiniteAt(int i) => (_definite & (1 << i)) != 0;

    /// <summary>Whether the future prefix سـ was stripped to reach key <paramref name="i"/>.</summary>
    public bool FutureAt(int i) => (_future & (1 << i)) != 0;

    private int Start(int i) => (int)((_starts >> (8 * i)) & 0xFF);

    // The proclitic readings come from the words layer (ProcliticReader; no lexicon of stems): the event lexicon lists
    // whole surface forms, and every stripped key is only tried after the less-stripped ones failed.
    /// <summary>The keys of one token outside a pipeline (evaluation): folded and read here.</summary>
    public static WordKeys Create(string text, Token token)
    {
        string key = ArabicFolder.Fold(text.AsSpan(token.Start, token.Span.Length));
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = token.Kind == TokenKind.ArabicWord ? ProcliticReader.Read(key, readings, ArticleWords.MinStem) : 1;
        return Create(token, key, readings[..n]);
    }

    /// <summary>The keys of token <paramref name="index"/> as the words layer read it.</summary>
    public static WordKeys Create(ArticleWords words, Token token, int index) => Create(token, words.Key(index).ToString(), words.Readings(index));

    private static WordKeys Create(Token token, string key, ReadOnlySpan<ProcliticReading> readings)
    {
        if (token.Kind != TokenKind.ArabicWord || key.Length < 4 || key.Length > 255) return new WordKeys(token, key, 0, 1, 0, 0);
        ulong starts = 0;
        byte definite = 0, future = 0;
        int count = 1;
        for (int i = 1; i < readings.Length && count < MaxKeys; i++)
        {
            var r = readings[i];
            if (key.Length - r.Start < MinStem) continue;
            starts |= (ulong)r.Start << (8 * count);
            if (r.IsDefinite) definite |= (byte)(1 << count);
            if ((r.Proclitics & Proclitics.Sa) != 0) future |= (byte)(1 << count);
            count++;
        }
        return new WordKeys(token, key, starts, count, definite, future);
    }

    /// <summary>The keys of a sentence's tokens, from the words layer.</summary>
    public static WordKeys[] ForRange(ArticleWords words, IReadOnlyList<Token> tokens, int first, int end)
    {
        var result = new WordKeys[end - first];
        for (int i = first; i < end; i++) result[i - first] = Create(words, tokens[i], i);
        return result;
    }

    /// <summary>Whether any key of this word is in <paramref name="words"/>.</summary>
    public bool AnyKeyIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words)
    {
        for (int i = 0; i < KeyCount; i++) if (words.Contains(KeyAt(i))) return true;
        return false;
    }

    /// <summary>The most stripped key: the bare word.</summary>
    public string Bare => KeyAt(KeyCount - 1).ToString();
}
