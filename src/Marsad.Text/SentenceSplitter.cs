using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>
/// Splits text into sentences at . ! ? ؟ … and line breaks. A full stop after an abbreviation
/// (د. أ.د. م. هـ. ق.م ص.ب) or an initial does not end a sentence, nor does one inside a quotation
/// that continues on the same line; closing quotes and brackets stay with their sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "د", "أ", "م", "هـ", "ه", "ق", "ص", "ب", "ج", "ت", "ش", "س", "ط", "ع", "ف", "ك", "ل", "ن", "و", "ي", "ح", "خ", "ر", "ز",
        "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "No", "vs", "etc", "Inc", "Ltd", "Co", "Gen", "Col", "Lt",
    };

    public static TextSpan[] Split(string text) => Split(text, Tokenizer.Tokenize(text));

    public static TextSpan[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<TextSpan>();
        int first = -1;          // index of the sentence's first token
        int quoteDepth = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            var tok = tokens[t];
            if (first >= 0 && LineBreakBetween(text, tokens[t - 1].End, tok.Start))
            {
                sentences.Add(TextSpan.FromBounds(tokens[first].Start, tokens[t - 1].End));
                first = -1;
                quoteDepth = 0;
            }
            if (first < 0) first = t;
            if (tok.Kind != TokenKind.Punctuation) continue;
            char c = text[tok.Start];
            if (c is '«' or '“' or '„') { quoteDepth++; continue; }
            if (c is '»' or '”') { quoteDepth = Math.Max(0, quoteDepth - 1); continue; }
            if (!IsTerminator(c)) continue;
            if (c == '.' && tok.Span.Length == 1 && t > first && IsAbbreviation(text, tokens, t)) continue;
            if (quoteDepth > 0 && !QuoteClosesSoon(text, tokens, t)) continue;
            // Closing quotes and brackets after the terminator belong to this sentence.
            int last = t;
            while (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Punctuation
                   && text[tokens[last + 1].Start] is '»' or '”' or ')' or ']' or '"' or '\'' or '!' or '?' or ArabicQuestionMark or '.' or '…'
                   && !LineBreakBetween(text, tokens[last].End, tokens[last + 1].Start))
                last++;
            sentences.Add(TextSpan.FromBounds(tokens[first].Start, tokens[last].End));
            first = -1;
            quoteDepth = 0;
            t = last;
        }
        if (first >= 0) sentences.Add(TextSpan.FromBounds(tokens[first].Start, tokens[^1].End));
        return sentences.ToArray();
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or ArabicQuestionMark or '…' or '\u06D4';

    private static bool LineBreakBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] == '\n') return true;
        return false;
    }

    /// <summary>«د.» «أ.د.» «ق.م» «ص.ب» and single-letter initials: a short word glued to its dot.</summary>
    private static bool IsAbbreviation(string text, ReadOnlySpan<Token> tokens, int dot)
    {
        var prev = tokens[dot - 1];
        if (prev.End != tokens[dot].Start) return false;
        if (prev.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord)) return false;
        var word = text.AsSpan(prev.Start, prev.Span.Length);
        if (word.Length == 1 && prev.Kind == TokenKind.LatinWord && char.IsUpper(word[0])) return true;
        if (!Abbreviations.Contains(word.ToString())) return false;
        // «م.» ends a sentence when it follows a year («عام 2015 م.») only if the next token starts a new line or is absent.
        return dot + 1 < tokens.Length && !LineBreakBetween(text, tokens[dot].End, tokens[dot + 1].Start);
    }

    /// <summary>Inside a quotation, a full stop ends the sentence only when the quote closes right after it.</summary>
    private static bool QuoteClosesSoon(string text, ReadOnlySpan<Token> tokens, int t)
    {
        if (t + 1 >= tokens.Length) return true;
        var next = tokens[t + 1];
        if (LineBreakBetween(text, tokens[t].End, next.Start)) return true;
        return next.Kind == TokenKind.Punctuation && text[next.Start] is '»' or '”' or '"';
    }
}
