using Marsad.Text;

namespace Marsad.Analysis.Structure;

/// <summary>
/// Subheadings inside a body: short lines without final punctuation that introduce a longer paragraph.
/// </summary>
internal static class SectionFinder
{
    private const int MaxWords = 14;
    private const int MinFollowingWords = 8;

    public static List<TextSpan> Find(string text, IReadOnlyList<TextSpan> lines, IReadOnlySet<TextSpan> excluded)
    {
        var sections = new List<TextSpan>();
        for (int i = 1; i < lines.Count - 1; i++)
        {
            var line = lines[i];
            if (excluded.Contains(line)) continue;
            int words = LineScanner.CountWords(text, line);
            if (words is < 2 or > MaxWords) continue;
            if (EndsLikeProse(text, line) || StartsLikeListItem(text, line)) continue;
            var next = lines[i + 1];
            if (excluded.Contains(next) || LineScanner.CountWords(text, next) < Math.Max(MinFollowingWords, words + 1)) continue;
            sections.Add(line);
        }
        return sections;
    }

    private static bool EndsLikeProse(string text, TextSpan line)
    {
        int e = line.End - 1;
        while (e > line.Start && text[e] is '”' or '»' or '"' or ')' or '\'' or '’') e--;
        char c = text[e];
        if (c is '.' or '!' or '?' or '؟' or '…' or ':' or '؛' or ';' or '،' or ',') return true;
        // A closing quote straight after a full stop ends a quoted sentence («…كذا.»).
        return false;
    }

    private static bool StartsLikeListItem(string text, TextSpan line)
    {
        char c = text[line.Start];
        if (c is '-' or '*' or '•' or '–' or '—' or '·') return true;
        int i = line.Start;
        while (i < line.End && ArabicLetters.IsDigit(text[i])) i++;
        return i > line.Start && i < line.End && text[i] is '.' or ')' or '-' or '/';
    }
}
