using Marsad.Text;

namespace Marsad.Analysis.Structure;

/// <summary>The non-empty lines of a body, trimmed of surrounding white space.</summary>
internal static class LineScanner
{
    public static List<TextSpan> Lines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        while (start <= text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl;
            int s = start, e = end;
            while (s < e && IsBlank(text[s])) s++;
            while (e > s && IsBlank(text[e - 1])) e--;
            if (e > s) lines.Add(TextSpan.FromBounds(s, e));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || ArabicLetters.IsFormatMark(c);

    public static int CountWords(string text, TextSpan span)
    {
        int words = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool w = !char.IsWhiteSpace(text[i]);
            if (w && !inWord) words++;
            inWord = w;
        }
        return words;
    }
}
