using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Entities;

/// <summary>
/// A place that begins a company's name is the name's first term, not a mention of the place (annotation guide: a
/// place inside an organisation's own name is not a mention of it). Companies are named «place + لل + what they do»:
/// «الإمارات للاتصالات المتكاملة», «الخليج للتدريب», «قطر للبترول». Where a knowledge-base state, city or region is
/// followed, in the same clause, by ل + ال + a company sector (Data/name-words.tsv, company-sectors), the place and
/// its complement, with the relative adjectives after it, are one organisation the knowledge base does not know.
/// Clubs are named after their town and told apart by the nisba of their state («الكويت الكويتي», «الوحدة الإماراتي»):
/// a place followed by the nationality adjective of that same place is a club, as no writer qualifies a place by itself.
/// </summary>
internal static class PlaceCompanies
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Sectors = NameWords.Set("company-sectors").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(WordTable words, List<FoundName> found, EntityLexicon lexicon)
    {
        var starts = new HashSet<int>(found.Select(f => f.FirstWord));
        for (int k = 0; k < found.Count; k++)
        {
            var f = found[k];
            if (f.KbId is null || f.Type is not (EntityType.GPE or EntityType.LOC)) continue;
            int last = f.FirstWord + f.WordCount - 1, j = last + 1;
            // the place ends its word («للسعودية» read as ل + السعودية is still the place, but the name has no clitic)
            if (f.End != words.Words[last].End || f.Start != words.Words[f.FirstWord].Start) continue;
            if (j >= words.Count || words.Words[j].BreakBefore || words.Words[j].NotProse || starts.Contains(j)) continue;
            if (lexicon.Adjectives.TryGetValue(words.Key(j), out var state) && state == f.KbId)
            {
                found[k] = new FoundName(f.Start, words.Words[j].End, f.FirstWord, j - f.FirstWord + 1, null, EntityType.ORG);
                continue;
            }
            if (!SectorComplement(words.Key(j))) continue;
            int end = j;
            while (end + 1 < words.Count && !words.Words[end + 1].BreakBefore && !words.Words[end + 1].NotProse
                   && !starts.Contains(end + 1) && IsRelativeAdjective(words.Key(end + 1)))
                end++;
            found[k] = new FoundName(f.Start, words.Words[end].End, f.FirstWord, end - f.FirstWord + 1, null, EntityType.ORG);
        }
    }

    /// <summary>ل + ال + a sector noun, read by the clitic reader (للاتصالات، للبترول).</summary>
    private static bool SectorComplement(ReadOnlySpan<char> key)
    {
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(key, readings, minStem: 3, Proclitics.Li | Proclitics.Al);
        for (int r = 0; r < n; r++)
            if (readings[r].Proclitics == (Proclitics.Li | Proclitics.Al) && Sectors.Contains(key[readings[r].Start..])) return true;
        return false;
    }

    // «الوطنية», «المتكاملة»: a definite relative adjective, or a feminine participle in الم-, continues the company's name.
    private static bool IsRelativeAdjective(ReadOnlySpan<char> key) =>
        key.StartsWith(ArabicLetters.Article) && key.Length > 4
        && (key.EndsWith("ي") || key.EndsWith("يه") || key.StartsWith("الم") && key.EndsWith("ه"));
}
