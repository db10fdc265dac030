using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// The tokens of one article with their folded keys and sentence numbers: what the quote rules read.
/// Keys of punctuation are the mark itself; words fold with <see cref="FoldOptions.Matching"/>.
/// </summary>
internal sealed class ArticleWords
{
    public ArticleWords(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Tokens = tokens as Token[] ?? [.. tokens];
        Keys = new string[Tokens.Length];
        for (int i = 0; i < Tokens.Length; i++)
        {
            var tok = Tokens[i];
            Keys[i] = tok.Kind is TokenKind.ArabicWord or TokenKind.LatinWord
                ? ArabicFolder.Fold(text.AsSpan(tok.Start, tok.Span.Length))
                : tok.Span.Slice(text);
        }
        Sentences = new TextSpan[sentences.Count];
        for (int i = 0; i < sentences.Count; i++) Sentences[i] = sentences[i].Span;
        SentenceOf = new int[Tokens.Length];
        FirstToken = new int[Sentences.Length];
        LastToken = new int[Sentences.Length];
        int s = 0;
        for (int i = 0; i < Tokens.Length; i++)
        {
            while (s + 1 < Sentences.Length && Tokens[i].Start >= Sentences[s].End) s++;
            SentenceOf[i] = s;
        }
        for (int k = 0; k < Sentences.Length; k++) { FirstToken[k] = int.MaxValue; LastToken[k] = -1; }
        for (int i = 0; i < Tokens.Length; i++)
        {
            int k = SentenceOf[i];
            if (k >= Sentences.Length) continue;
            FirstToken[k] = Math.Min(FirstToken[k], i);
            LastToken[k] = Math.Max(LastToken[k], i);
        }
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public string[] Keys { get; }
    public TextSpan[] Sentences { get; }
    public int[] SentenceOf { get; }
    /// <summary>First and last token of each sentence (int.MaxValue / -1 for a sentence without tokens).</summary>
    public int[] FirstToken { get; }
    public int[] LastToken { get; }

    public int Count => Tokens.Length;

    /// <summary>Index of the first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public bool IsPunct(int i, char c) => Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] == c;

    public bool IsComma(int i) => Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] is '،' or ',';

    /// <summary>
    /// The dot of an abbreviation or initial («د. أسامة البار»، «ع. موسى»): one letter before it, and the sentence
    /// splitter did not end the sentence there.
    /// </summary>
    public bool IsAbbreviationDot(int i) =>
        IsPunct(i, '.') && i > 0 && i + 1 < Tokens.Length && Tokens[i - 1].Span.Length == 1 && IsWord(i - 1) && Tokens[i - 1].End == Tokens[i].Start
        && SentenceOf[i + 1] == SentenceOf[i];

    public bool IsColon(int i) => Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] == ':';

    public bool IsMark(int i) => Tokens[i].Kind == TokenKind.Punctuation && QuoteMarks.IsMark(Text[Tokens[i].Start]);

    public bool IsWord(int i) => Tokens[i].Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number;

    /// <summary>The last token of the sentence that holds token <paramref name="i"/>.</summary>
    public int SentenceLast(int i) => SentenceOf[i] < LastToken.Length ? LastToken[SentenceOf[i]] : Tokens.Length - 1;

    public int SentenceFirst(int i) => SentenceOf[i] < FirstToken.Length ? FirstToken[SentenceOf[i]] : 0;
}
