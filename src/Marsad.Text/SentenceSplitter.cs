using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>
/// Splits text into sentences at . ! ? ؟ … ۔ and line breaks. A full stop does not end a sentence:
/// <list type="bullet">
/// <item>after an abbreviation or initial glued to it (د. أ.د. م. ق.م ص.ب، «ع. موسى»، «U.S.»), or inside a
/// dotted acronym («ان.بي.سي»); but an era or time marker after a number (1436هـ. 2015م. 10 ص.) does end one;</item>
/// <item>after a list number at the start of a line («1. البند»);</item>
/// <item>inside a quotation that closes later on the same line (« » “ ” „ and ASCII "): the sentence runs
/// past the full stop to the closing quote. A quote that never closes on its line is ignored.</item>
/// </list>
/// Decimals (26.5) are single number tokens and never split. Closing quotes and brackets after the
/// terminator stay with their sentence. Sentences are token-aligned and cover every token once.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        // Single letters are initials («ع. موسى») and abbreviations: د (دكتور), م (مهندس), أ (أستاذ), ص.ب، ق.م.
        "ا", "أ", "إ", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق",
        "ك", "ل", "م", "ن", "ه", "هـ", "و", "ي",
        "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "No", "vs", "etc", "Inc", "Ltd", "Co", "Gen", "Col", "Lt",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TextSpan[] Split(string text) => Split(text, Tokenizer.Tokenize(text));

    public static TextSpan[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<TextSpan>(Math.Max(4, tokens.Length / 20));
        int first = -1;          // index of the sentence's first token
        var quotes = new QuoteState(); // open quotations on the current line; a long quotation spans sentences
        for (int t = 0; t < tokens.Length; t++)
        {
            var tok = tokens[t];
            if (t > 0 && LineBreakBetween(text, tokens[t - 1].End, tok.Start))
            {
                if (first >= 0) sentences.Add(TextSpan.FromBounds(tokens[first].Start, tokens[t - 1].End));
                first = -1;
                quotes = default;
            }
            if (first < 0) first = t;
            if (tok.Kind != TokenKind.Punctuation) continue;
            char c = text[tok.Start];
            if (quotes.Track(text, tok.Start)) continue;
            if (!IsTerminator(c)) continue;
            if (c == '.' && tok.Span.Length == 1 && t > first && (IsAbbreviation(text, tokens, t, first) || IsListNumber(tokens, t, first))) continue;
            if (quotes.IsOpen)
            {
                int close = FindClosingQuote(text, tokens, t, quotes);
                if (close >= 0 && !OnlyTrailersBetween(text, tokens, t, close)) continue; // the quotation runs past the full stop
            }
            // Closing quotes, brackets and further terminators after the terminator belong to this sentence.
            int last = t;
            while (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Punctuation
                   && IsTrailer(text[tokens[last + 1].Start])
                   && !LineBreakBetween(text, tokens[last].End, tokens[last + 1].Start))
            {
                last++;
                quotes.Track(text, tokens[last].Start);
            }
            sentences.Add(TextSpan.FromBounds(tokens[first].Start, tokens[last].End));
            first = -1;
            t = last;
        }
        if (first >= 0) sentences.Add(TextSpan.FromBounds(tokens[first].Start, tokens[^1].End));
        return sentences.ToArray();
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or ArabicQuestionMark or '…' or '\u06D4';

    private static bool IsTrailer(char c) => c is '»' or '”' or '“' or ')' or ']' or '"' or '\'' or '!' or '?' or ArabicQuestionMark or '.' or '…';

    private static bool LineBreakBetween(string text, int from, int to)
    {
        // PERF: called for every pair of tokens; most gaps are empty or one space.
        int gap = to - from;
        if (gap == 0) return false;
        if (gap == 1) return text[from] is '\n' or '\r' or '\u2029';
        return text.AsSpan(from, gap).IndexOfAny('\n', '\r', '\u2029') >= 0;
    }

    /// <summary>«د.» «أ.د.» «ق.م» «ص.ب», single-letter initials and dotted acronyms: a short word glued to its dot.</summary>
    private static bool IsAbbreviation(string text, ReadOnlySpan<Token> tokens, int dot, int first)
    {
        var prev = tokens[dot - 1];
        if (prev.End != tokens[dot].Start) return false;
        if (prev.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord)) return false;
        bool atEnd = dot + 1 >= tokens.Length || LineBreakBetween(text, tokens[dot].End, tokens[dot + 1].Start);
        if (atEnd) return false;
        var word = text.AsSpan(prev.Start, prev.Span.Length);
        // An era or time-of-day marker after a number ends the sentence: «في 13 رمضان 1436هـ.» «عام 2015 م.» «الساعة 10 ص.»
        if (word is "هـ" or "ه" or "م" or "ص" && IsEra(tokens, dot - 1, first)) return false;
        if (word.Length == 1 && prev.Kind == TokenKind.LatinWord) return char.IsUpper(word[0]);
        if (AbbreviationLookup.Contains(word)) return true;
        // «ان.بي.سي»: short pieces glued on both sides of the dot.
        var next = tokens[dot + 1];
        return word.Length <= 2 && next.Start == tokens[dot].End && next.Kind == prev.Kind && next.Span.Length <= 3;
    }

    /// <summary>«1436هـ» «1436 هـ» «500 ق.م»: the marker follows a number (possibly after «ق.»).</summary>
    private static bool IsEra(ReadOnlySpan<Token> tokens, int marker, int first)
    {
        int before = marker - 1;
        if (before - 1 >= first && tokens[before].Span.Length == 1 && tokens[before - 1].Kind == TokenKind.ArabicWord
            && tokens[before - 1].Span.Length == 1 && before - 2 >= first) before -= 2; // ق . م
        return before >= first && tokens[before].Kind == TokenKind.Number;
    }

    /// <summary>«1. البند» «2) ...»: a number opening a line is a list marker.</summary>
    private static bool IsListNumber(ReadOnlySpan<Token> tokens, int dot, int first) =>
        dot - 1 == first && tokens[first].Kind == TokenKind.Number && tokens[first].End == tokens[dot].Start;

    /// <summary>
    /// The token that closes the innermost open quotation within <see cref="MaxQuotationRun"/> tokens on the
    /// same line, or -1: a longer quotation (a quoted speech) is split into its own sentences.
    /// </summary>
    private static int FindClosingQuote(string text, ReadOnlySpan<Token> tokens, int from, QuoteState quotes)
    {
        int limit = Math.Min(tokens.Length, from + 1 + MaxQuotationRun);
        for (int k = from + 1; k < limit; k++)
        {
            if (LineBreakBetween(text, tokens[k - 1].End, tokens[k].Start)) return -1;
            if (tokens[k].Kind != TokenKind.Punctuation) continue;
            int depth = quotes.Depth;
            quotes.Track(text, tokens[k].Start);
            if (quotes.Depth < depth && quotes.Depth == 0) return k;
        }
        return -1;
    }

    /// <summary>How many tokens a quotation may run past a full stop and still be one sentence.</summary>
    private const int MaxQuotationRun = 60;

    private static bool OnlyTrailersBetween(string text, ReadOnlySpan<Token> tokens, int from, int close)
    {
        for (int k = from + 1; k < close; k++)
            if (tokens[k].Kind != TokenKind.Punctuation || !IsTrailer(text[tokens[k].Start])) return false;
        return true;
    }

    /// <summary>
    /// Open quotations: a small stack of openers. « „ “ open and » ” close (“ also closes a „, the
    /// German-style pair some outlets use). ASCII " has no direction, so its neighbours decide: glued to a
    /// following word it opens, otherwise it closes; a closer with nothing open is ignored, so a paragraph
    /// that starts inside a quotation does not invert every quote after it.
    /// </summary>
    private struct QuoteState
    {
        private ulong _stack; // openers, 8 bits each, innermost in the low byte
        private int _depth;

        public readonly bool IsOpen => _depth > 0;
        public readonly int Depth => _depth;

        private readonly char Innermost => _depth == 0 ? '\0' : Decode((byte)_stack);

        /// <summary>Updates the state for the character at <paramref name="at"/>; false when it is not a quote.</summary>
        public bool Track(string text, int at)
        {
            char c = text[at];
            switch (c)
            {
                case '«' or '„': Push(c); return true;
                case '»': if (Innermost == '«') Pop(); return true;
                case '”': if (Innermost is '“' or '„') Pop(); return true;
                case '“': if (Innermost == '„') Pop(); else Push(c); return true;
                case '"':
                    bool opens = at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]);
                    if (Innermost == '"') { if (!opens || at == 0 || !char.IsWhiteSpace(text[at - 1])) Pop(); }
                    else if (opens) Push(c);
                    return true;
                default: return false;
            }
        }

        private void Push(char c)
        {
            if (_depth == 8) return;
            _stack = (_stack << 8) | (c switch { '«' => 1u, '„' => 2u, '“' => 3u, _ => 4u });
            _depth++;
        }

        private void Pop()
        {
            _stack >>= 8;
            _depth--;
        }

        private static char Decode(byte b) => b switch { 1 => '«', 2 => '„', 3 => '“', _ => '"' };
    }
}
