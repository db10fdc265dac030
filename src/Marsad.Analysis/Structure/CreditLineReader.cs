using Marsad.Knowledge.Outlets;
using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Structure;

/// <summary>
/// Reads the lines that name who published an article and whose it is: a closing credit
/// («سيرياهوم نيوز3 – الميادين», «المصدر: رويترز», «نقلاً عن الأناضول», «(رويترز)») or an opening dateline
/// («واشنطن - د ب أ», «الرياض - واس»).
/// </summary>
internal sealed class CreditLineReader(OutletTable outlets)
{
    private const int MaxCreditWords = 9;
    // Data/source-cues.txt, folded where they are compared.
    private static readonly string[] SourceCues = [.. LexiconReader.ResourceWords(typeof(CreditLineReader).Assembly, "Marsad.Analysis.Structure.source-cues.txt")];

    /// <summary>A credit found in the text: the line, the outlets in their order, and whether a cue (المصدر، نقلاً عن) marks the origin.</summary>
    public readonly record struct Credit(TextSpan Line, List<OutletMatch> Outlets, bool CueMarksOrigin, bool IsDateline);

    public List<Credit> Read(string text, IReadOnlyList<TextSpan> lines)
    {
        var credits = new List<Credit>();
        if (lines.Count == 0) return credits;
        // Closing credits: the last lines, when short and made of outlet names.
        for (int i = lines.Count - 1; i >= Math.Max(1, lines.Count - 2); i--)
        {
            var line = lines[i];
            if (LineScanner.CountWords(text, line) > MaxCreditWords) break;
            var found = outlets.FindIn(text, line.Start, line.End);
            bool cue = HasCue(text, line);
            // A name that is also a word or a city (الرياض، اليوم) needs a cue or another outlet beside it.
            if (!cue && found.All(m => m.Ambiguous)) break;
            if (found.Count == 0 || !MostlyNames(text, line, found)) break;
            credits.Add(new Credit(line, found, cue, false));
        }
        // Opening dateline: «واشنطن - د ب أ -» or «(رويترز) -» at the start of the first line.
        var first = lines[0];
        int dash = FindDatelineEnd(text, first);
        if (dash > 0)
        {
            var head = TextSpan.FromBounds(first.Start, dash);
            var found = outlets.FindIn(text, head.Start, head.End, includeAmbiguous: false);
            if (found.Count > 0) credits.Add(new Credit(head, found, true, true));
        }
        return credits;
    }

    /// <summary>
    /// Who published this copy and whose it is. The record's own publisher wins for the copy; a credit line
    /// of two outlets («A – B») names the copy's publisher first and the origin last.
    /// </summary>
    public SourceChain? Resolve(string text, ArticleMetadata metadata, List<Credit> credits)
    {
        Party? publisher = null, origin = null;
        if (!string.IsNullOrWhiteSpace(metadata.Publisher))
        {
            var o = outlets.Find(metadata.Publisher!);
            publisher = o is null ? new Party(metadata.Publisher!, metadata.Publisher!, null) : new Party(o.Name, o.NameAr, null, o.Id);
        }
        foreach (var credit in credits)
        {
            var ms = credit.Outlets;
            if (!credit.IsDateline && !credit.CueMarksOrigin && ms.Count >= 2)
            {
                publisher ??= ToParty(text, ms[0]);
                origin ??= ToParty(text, ms[^1]);
            }
            else
            {
                var last = ToParty(text, ms[^1]);
                if (publisher is not null && publisher.Id == last.Id && last.Id is not null)
                    publisher = publisher with { Span = last.Span };
                else
                    origin ??= last;
            }
        }
        // A record whose author is an agency («رويترز») credits that agency.
        if (origin is null && !string.IsNullOrWhiteSpace(metadata.Author))
        {
            var byline = outlets.FindIn(metadata.Author!, 0, metadata.Author!.Length, includeAmbiguous: false);
            if (byline.Count > 0) origin = new Party(byline[^1].Outlet.Name, byline[^1].Outlet.NameAr, null, byline[^1].Outlet.Id);
        }
        if (origin is not null && publisher is not null && origin.Id is not null && origin.Id == publisher.Id) origin = null;
        return publisher is null && origin is null ? null : new SourceChain(publisher, origin);
    }

    private static Party ToParty(string text, OutletMatch m)
    {
        // A digit glued to the name («نيوز3») belongs to the credit, not to a figure.
        int end = m.End;
        while (end < text.Length && ArabicLetters.IsDigit(text[end])) end++;
        return new Party(m.Outlet.Name, m.Outlet.NameAr, TextSpan.FromBounds(m.Start, end), m.Outlet.Id);
    }

    /// <summary>Outlet names cover most of the line: what is left is punctuation, digits, cues or a city.</summary>
    private static bool MostlyNames(string text, TextSpan line, List<OutletMatch> found)
    {
        int covered = found.Sum(m => m.End - m.Start);
        int letters = 0;
        for (int i = line.Start; i < line.End; i++) if (char.IsLetter(text[i])) letters++;
        if (HasCue(text, line)) return true;
        return covered * 2 >= letters;
    }

    private static bool HasCue(string text, TextSpan line)
    {
        var key = ArabicFolder.Fold(text.AsSpan(line.Start, line.Length));
        foreach (var cue in SourceCues)
        {
            var c = ArabicFolder.Fold(cue);
            if (key.StartsWith(c, StringComparison.Ordinal) || key.StartsWith("(" + c, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The end of «CITY - AGENCY -», «CITY - AGENCY:» or «(AGENCY) -» at the start of a line (a whole short
    /// first line «الرياض - واس» too), or -1 when the line does not open with a dash-separated head.
    /// </summary>
    private static int FindDatelineEnd(string text, TextSpan line)
    {
        int limit = Math.Min(line.End, line.Start + 60);
        bool dash = false, parenthesised = text[line.Start] == '(';
        int end = -1;
        for (int i = line.Start + 1; i < limit && end < 0; i++)
        {
            char c = text[i];
            bool separator = c is '-' or '–' or '—' && (i + 1 >= line.End || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '(');
            if (separator && dash) end = i + 1;
            else if (separator || c == ')' && parenthesised) dash = true;
            else if (c is '.' or '،' or '؛' or ':') end = dash ? i + 1 : line.Start - 1;
        }
        if (end < 0 && dash && limit == line.End) end = line.End;
        if (end <= line.Start) return -1;
        // A dateline is a place and an agency, not a sentence.
        return LineScanner.CountWords(text, TextSpan.FromBounds(line.Start, end)) <= 6 ? end : -1;
    }
}
