using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis;

/// <summary>
/// The words layer: every token's folded key (ArabicFolder, <see cref="FoldOptions.Matching"/>) in one buffer and the
/// proclitic readings of each Arabic word (<see cref="ProcliticReader"/>, stems of two letters or more), computed
/// once per article by the tokenize step, and the whole text folded with its offset map. Steps read keys and readings here instead of folding the text or stripping
/// proclitics themselves. Indexes are token indexes of the Token layer.
/// </summary>
public sealed class ArticleWords
{
    /// <summary>The fewest letters a stem keeps in the stored readings; a step that wants longer stems filters them.</summary>
    public const int MinStem = 2;

    private readonly string _text;
    private FoldedText? _fullText;
    private readonly char[] _folded;
    private readonly int[] _keyStart;      // per token, and one past the last
    private readonly ProcliticReading[] _readings;
    private readonly int[] _readingStart;  // per token, and one past the last

    private ArticleWords(string text, char[] folded, int[] keyStart, ProcliticReading[] readings, int[] readingStart)
    {
        _text = text;
        _folded = folded;
        _keyStart = keyStart;
        _readings = readings;
        _readingStart = readingStart;
    }

    /// <summary>
    /// The whole text folded with its offset map (the rules of the time and quantity steps run over it), folded once on
    /// first use and shared.
    /// </summary>
    public FoldedText FullText => _fullText ??= ArabicFolder.FoldWithMap(_text);

    /// <summary>How many tokens the layer covers.</summary>
    public int Count => _keyStart.Length - 1;

    /// <summary>The folded keys of all tokens, back to back; <see cref="KeyStart"/> says where each begins.</summary>
    public ReadOnlySpan<char> Folded => _folded;

    /// <summary>Where token <paramref name="token"/>'s key begins in <see cref="Folded"/>.</summary>
    public int KeyStart(int token) => _keyStart[token];

    /// <summary>The folded key of token <paramref name="token"/>.</summary>
    public ReadOnlySpan<char> Key(int token) => _folded.AsSpan(_keyStart[token], _keyStart[token + 1] - _keyStart[token]);

    /// <summary>
    /// The proclitic readings of token <paramref name="token"/>, the whole word first; only the whole word for
    /// anything but an Arabic word.
    /// </summary>
    public ReadOnlySpan<ProcliticReading> Readings(int token) =>
        _readings.AsSpan(_readingStart[token], _readingStart[token + 1] - _readingStart[token]);

    /// <summary>The layer of <paramref name="document"/>: the one the tokenize step wrote, or built now from its tokens.</summary>
    public static ArticleWords Of(Document document) =>
        document.Layer<ArticleWords>() is [var words] ? words : Build(document.Text, document.Layer<Token>());

    public static ArticleWords Build(string text, IReadOnlyList<Token> tokens)
    {
        var folded = new char[text.Length + 16];
        var keyStart = new int[tokens.Count + 1];
        var readings = new List<ProcliticReading>(tokens.Count + tokens.Count / 2);
        var readingStart = new int[tokens.Count + 1];
        Span<ProcliticReading> buffer = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var src = text.AsSpan(t.Start, t.Span.Length);
            int need = ArabicFolder.MaxFoldedLength(src); // ligatures such as ﷺ expand to many letters
            if (n + need > folded.Length) Array.Resize(ref folded, Math.Max(folded.Length * 2, n + need));
            int len = ArabicFolder.Fold(src, folded.AsSpan(n));
            keyStart[i] = n;
            readingStart[i] = readings.Count;
            if (t.Kind == TokenKind.ArabicWord)
            {
                int count = ProcliticReader.Read(folded.AsSpan(n, len), buffer, MinStem);
                for (int k = 0; k < count; k++) readings.Add(buffer[k]);
            }
            else readings.Add(default);
            n += len;
        }
        keyStart[tokens.Count] = n;
        readingStart[tokens.Count] = readings.Count;
        return new ArticleWords(text, folded, keyStart, [.. readings], readingStart);
    }
}
