using System.Buffers;
using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>
/// Splits text into tokens with original spans and kinds. Script changes split words («الـCIA» → الـ + CIA,
/// «الـ6» → الـ + 6), punctuation splits even without a space after it («واسع.ولكن» → واسع + . + ولكن),
/// numbers keep their separators (26،013.94, 1,500, ٣٫٥), and invisible format marks (ZWNJ, bidi marks)
/// stay inside the word they sit in and are skipped between tokens.
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>Tokens of <c>text[start..end)</c>, with spans in the whole text.</summary>
    public static Token[] Tokenize(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        // PERF: tokens go to a pooled buffer (news text has a token every ~6 characters) and are copied once.
        Token[] buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, (end - start) / 5));
        int count = 0;
        try
        {
            int i = start;
            while (i < end)
            {
                char c = text[i];
                var cls = CharClasses.Of(c);
                if (cls is CharClass.Space or CharClass.Format) { i++; continue; }
                int j;
                TokenKind kind;
                if (cls == CharClass.Arabic) { j = ScanArabic(text, i, end); kind = TokenKind.ArabicWord; }
                else if (c is 'h' or 'H' or 'w' or 'W' && (j = MatchUrl(text, i, end)) > i) kind = TokenKind.Url;
                else if (cls == CharClass.Digit) { j = ScanNumber(text, i, end); kind = TokenKind.Number; }
                else if (cls == CharClass.Latin)
                {
                    j = ScanLatin(text, i, end);
                    int e = MatchEmailTail(text, j, end);
                    if (e > j) { j = e; kind = TokenKind.Email; }
                    else kind = TokenKind.LatinWord;
                }
                else if (c == '#' && i + 1 < end && IsHashtagChar(text[i + 1])) { j = ScanHashtag(text, i + 1, end); kind = TokenKind.Hashtag; }
                else if (c == '@' && i + 1 < end && IsHandleChar(text[i + 1])) { j = ScanHandle(text, i + 1, end); kind = TokenKind.Mention; }
                else if (c is '.' or '…') { j = ScanDots(text, i, end); kind = TokenKind.Punctuation; }
                else if (cls == CharClass.Punctuation) { j = i + 1; kind = TokenKind.Punctuation; }
                else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1])) { j = i + 2; kind = TokenKind.Symbol; }
                else { j = i + 1; kind = TokenKind.Symbol; }
                if (count == buffer.Length) Grow(ref buffer);
                buffer[count++] = new Token(new TextSpan(i, j - i), kind);
                i = j;
            }
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    private static void Grow(ref Token[] buffer)
    {
        var bigger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(bigger, 0);
        ArrayPool<Token>.Shared.Return(buffer);
        buffer = bigger;
    }

    private static int ScanArabic(string text, int i, int end)
    {
        int j = i + 1;
        while (j < end)
        {
            var cls = CharClasses.Of(text[j]);
            if (cls == CharClass.Arabic) { j++; continue; }
            // A ZWNJ or bidi mark between two letters does not end the word.
            if (cls == CharClass.Format && j + 1 < end && CharClasses.Of(text[j + 1]) == CharClass.Arabic) { j++; continue; }
            break;
        }
        return j;
    }

    /// <summary>
    /// Digits with internal separators. «.» «,» and «٫» «٬» count between two digits; the Arabic comma
    /// only as a thousands separator (26،013.94), since it also separates listed numbers (1992،1994).
    /// </summary>
    private static int ScanNumber(string text, int i, int end)
    {
        int j = i + 1;
        while (j < end)
        {
            char c = text[j];
            if (IsDigit(c)) { j++; continue; }
            if (c is '.' or ',' or ArabicDecimalSeparator or ArabicThousandsSeparator && j + 1 < end && IsDigit(text[j + 1])) { j += 2; continue; }
            if (c == ArabicComma && IsThousandsGroup(text, j + 1, end)) { j += 4; continue; }
            break;
        }
        return j;
    }

    private static bool IsThousandsGroup(string text, int i, int end) =>
        i + 3 <= end && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && (i + 3 == end || !IsDigit(text[i + 3]));

    private static int ScanLatin(string text, int i, int end)
    {
        int j = i + 1;
        while (j < end)
        {
            char c = text[j];
            if (IsLatinLetter(c) || char.IsAsciiDigit(c)) { j++; continue; }
            // don't, O’Neil: an apostrophe between letters stays in the word.
            if (c is '\'' or '’' && j + 1 < end && IsLatinLetter(text[j + 1])) { j += 2; continue; }
            break;
        }
        return j;
    }

    private static int ScanDots(string text, int i, int end)
    {
        int j = i + 1;
        while (j < end && text[j] is '.' or '…') j++;
        return j;
    }

    private static int ScanHashtag(string text, int i, int end)
    {
        int j = i;
        while (j < end && IsHashtagChar(text[j])) j++;
        return j;
    }

    private static int ScanHandle(string text, int i, int end)
    {
        int j = i;
        while (j < end && IsHandleChar(text[j])) j++;
        return j;
    }

    /// <summary>user.name@domain.tld after a Latin run: the user part may hold dots, dashes and digits.</summary>
    private static int MatchEmailTail(string text, int j, int end)
    {
        int k = j;
        while (k < end && (text[k] is '.' or '_' or '-' or '+' || char.IsAsciiLetterOrDigit(text[k]))) k++;
        if (k >= end || text[k] != '@') return j;
        int d = k + 1;
        while (d < end && (char.IsAsciiLetterOrDigit(text[d]) || text[d] is '-' or '.')) d++;
        while (d > k + 1 && text[d - 1] is '.' or '-') d--; // a full stop after the address ends the sentence
        int lastDot = text.AsSpan(k + 1, d - k - 1).LastIndexOf('.') + k + 1;
        return lastDot > k + 1 && lastDot < d - 1 ? d : j;
    }

    private static int MatchUrl(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        bool scheme = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        bool www = !scheme && rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 5 && char.IsAsciiLetterOrDigit(rest[4]);
        if (!scheme && !www) return i;
        int j = i;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('«' or '»' or '"' or '“' or '”' or '<' or '>' or ArabicComma)) j++;
        // Trailing punctuation belongs to the sentence, not the address.
        while (j > i && text[j - 1] is '.' or ',' or ')' or ';' or ':' or '!' or '?' or '\'' or ArabicQuestionMark or ArabicSemicolon) j--;
        return j;
    }

    private static bool IsHashtagChar(char c) => c == '_' || CharClasses.Of(c) is CharClass.Arabic or CharClass.Digit or CharClass.Latin;
    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    public static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7';

    public static bool IsPunctuation(char c) =>
        c is ArabicComma or ArabicSemicolon or ArabicQuestionMark or '\u06D4' or '«' or '»' or '“' or '”' or '„' or '‟' or '‘' or '’'
          or '‹' or '›' or '–' or '—' or '‐' or '-'
        || char.IsPunctuation(c);
}
