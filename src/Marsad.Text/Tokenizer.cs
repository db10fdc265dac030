using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>
/// Splits text into tokens with original spans. Script changes split words («الـCIA» → الـ + CIA,
/// «واسع.ولكن» → واسع + . + ولكن); numbers keep their separators (26،013.94, 1,500, ٣٫٥).
/// </summary>
public static class Tokenizer
{
    public static Token[] Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static Token[] Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(16, (end - start) / 5));
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsFormatMark(c)) { i++; continue; }
            int j;
            TokenKind kind;
            if ((j = MatchUrl(text, i, end)) > i) kind = TokenKind.Url;
            else if (IsWordChar(c)) { j = ScanArabic(text, i, end); kind = TokenKind.ArabicWord; }
            else if (IsDigit(c)) { j = ScanNumber(text, i, end); kind = TokenKind.Number; }
            else if (IsLatinLetter(c))
            {
                j = ScanLatin(text, i, end);
                int e = MatchEmailTail(text, j, end);
                if (e > j) { j = e; kind = TokenKind.Email; }
                else kind = TokenKind.LatinWord;
            }
            else if (c == '#' && i + 1 < end && IsHashtagChar(text[i + 1])) { j = ScanWhile(text, i + 1, end, IsHashtagChar); kind = TokenKind.Hashtag; }
            else if (c == '@' && i + 1 < end && IsHandleChar(text[i + 1])) { j = ScanWhile(text, i + 1, end, IsHandleChar); kind = TokenKind.Mention; }
            else if (c == '.' || c == '…') { j = ScanWhile(text, i, end, static x => x == '.' || x == '…'); kind = TokenKind.Punctuation; }
            else if (IsPunctuation(c)) { j = i + 1; kind = TokenKind.Punctuation; }
            else if (char.IsSurrogate(c) && i + 1 < end) { j = i + 2; kind = TokenKind.Symbol; }
            else { j = i + 1; kind = TokenKind.Symbol; }
            tokens.Add(new Token(TextSpan.FromBounds(i, j), kind));
            i = j;
        }
        return tokens.ToArray();
    }

    private static int ScanArabic(string text, int i, int end)
    {
        int j = i;
        while (j < end)
        {
            char c = text[j];
            if (IsWordChar(c) || ArabicFolder.IsPresentationForm(c) && c != '\uFEFF') { j++; continue; }
            // A ZWNJ or bidi mark inside a word does not end it.
            if (IsFormatMark(c) && j + 1 < end && IsWordChar(text[j + 1])) { j++; continue; }
            break;
        }
        return j;
    }

    /// <summary>Digits with internal separators: a separator counts only between two digits.</summary>
    private static int ScanNumber(string text, int i, int end)
    {
        int j = i;
        while (j < end)
        {
            char c = text[j];
            if (IsDigit(c)) { j++; continue; }
            if (c is '.' or ',' or ArabicComma or ArabicDecimalSeparator or ArabicThousandsSeparator
                && j + 1 < end && IsDigit(text[j + 1]) && j > i)
            {
                j++;
                continue;
            }
            break;
        }
        return j;
    }

    private static int ScanLatin(string text, int i, int end)
    {
        int j = i;
        while (j < end && (IsLatinLetter(text[j]) || char.IsAsciiDigit(text[j])
               || text[j] is '\'' or '’' && j + 1 < end && IsLatinLetter(text[j + 1]) && j > i)) j++;
        return j;
    }

    private static int MatchEmailTail(string text, int j, int end)
    {
        // user.name@domain.tld: we only reach here after a Latin run; allow dots and dashes in the user part.
        int k = j;
        while (k < end && (text[k] is '.' or '_' or '-' or '+' || char.IsAsciiLetterOrDigit(text[k]))) k++;
        if (k >= end || text[k] != '@') return j;
        int d = k + 1, lastDot = -1;
        while (d < end && (char.IsAsciiLetterOrDigit(text[d]) || text[d] is '-' or '.'))
        {
            if (text[d] == '.') lastDot = d;
            d++;
        }
        while (d > k + 1 && text[d - 1] is '.' or '-') d--;
        return lastDot > k + 1 && lastDot < d - 1 ? d : j;
    }

    private static int MatchUrl(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        bool scheme = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        bool www = !scheme && rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 5;
        if (!scheme && !www) return i;
        int j = i;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('«' or '»' or '"' or '“' or '”' or '<' or '>' or ArabicComma)) j++;
        // Trailing punctuation belongs to the sentence, not the address.
        while (j > i && text[j - 1] is '.' or ',' or ')' or ';' or ':' or '!' or '?' or '\'' or ArabicQuestionMark or ArabicSemicolon) j--;
        return j;
    }

    private static int ScanWhile(string text, int i, int end, Func<char, bool> accept)
    {
        int j = i;
        while (j < end && accept(text[j])) j++;
        return j;
    }

    private static bool IsHashtagChar(char c) => IsWordChar(c) || char.IsAsciiLetterOrDigit(c) || c == '_' || IsDigit(c);
    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    public static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7';

    public static bool IsPunctuation(char c) =>
        c is ArabicComma or ArabicSemicolon or ArabicQuestionMark or '\u06D4' or '«' or '»' or '“' or '”' or '„' or '‟' or '‘' or '’'
          or '‹' or '›' or '–' or '—' or '‐' or '-'
        || char.IsPunctuation(c);
}
