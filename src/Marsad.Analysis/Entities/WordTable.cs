using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>One word of the article: its source span, its folded key in <see cref="WordTable.Folded"/>, and
/// whether punctuation or a line break separates it from the previous word (names never span those), whether it is in
/// a credit line, and whether it is not prose at all (a credit line or outlet furniture, <see cref="Boilerplate"/>).</summary>
internal readonly record struct Word(int Start, int End, int FoldStart, int FoldLength, bool BreakBefore, bool InCredit, bool NotProse);

/// <summary>The words of an article, their folded keys taken from the words layer (<see cref="ArticleWords"/>), so that
/// lookups take spans of one buffer.</summary>
internal sealed class WordTable
{
    public WordTable(string text, IReadOnlyList<Token> tokens, ArticleWords keys, IReadOnlyList<CreditLine> credits)
        : this(text, tokens, keys, credits, []) { }

    public WordTable(string text, IReadOnlyList<Token> tokens, ArticleWords keys, IReadOnlyList<CreditLine> credits, IReadOnlyList<Boilerplate> furniture)
    {
        _keys = keys;
        var words = new List<Word>(tokens.Count);
        int credit = 0, extra = 0;
        bool pendingBreak = true;
        int lastEnd = 0;
        for (int ti = 0; ti < tokens.Count; ti++)
        {
            var t = tokens[ti];
            if (t.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number))
            {
                // A hyphen joins the parts of one name (شمال-جنوب); other punctuation ends a name.
                // («الشبانات- عبدالإله» with a space after it separates two names of a list)
                bool joins = t.Span.Length == 1 && text[t.Start] == '-' && t.Start == lastEnd && ti + 1 < tokens.Count && tokens[ti + 1].Start == t.End;
                if (!joins) pendingBreak = true;
                continue;
            }
            if (!pendingBreak && text.AsSpan(lastEnd, t.Start - lastEnd).Contains('\n')) pendingBreak = true;
            int len = keys.Key(ti).Length;
            while (credit < credits.Count && credits[credit].Span.End <= t.Start) credit++;
            bool inCredit = credit < credits.Count && credits[credit].Span.Start <= t.Start;
            while (extra < furniture.Count && furniture[extra].Span.End <= t.Start) extra++;
            bool inFurniture = extra < furniture.Count && furniture[extra].Span.Start <= t.Start;
            words.Add(new Word(t.Start, t.End, keys.KeyStart(ti), len, pendingBreak, inCredit, inCredit || inFurniture));
            pendingBreak = false;
            lastEnd = t.End;
        }
        Words = words;
    }

    // The folded keys stay in the words layer, which no reader may change; words point into them.
    private readonly ArticleWords _keys;

    public ReadOnlySpan<char> Folded => _keys.Folded;

    public List<Word> Words { get; }

    public int Count => Words.Count;

    public ReadOnlySpan<char> Key(int i) => _keys.Folded.Slice(Words[i].FoldStart, Words[i].FoldLength);

    /// <summary>The source offset after the first <paramref name="letters"/> folded letters of word i (for clitics).</summary>
    public int SourceAfter(string text, int i, int letters)
    {
        var w = Words[i];
        int p = w.Start, seen = 0;
        while (p < w.End && seen < letters)
        {
            if (ArabicFolder.FoldChar(text[p], FoldOptions.Matching) != '\0') seen++;
            p++;
        }
        while (p < w.End && ArabicFolder.FoldChar(text[p], FoldOptions.Matching) == '\0') p++; // its diacritics
        return p;
    }
}
