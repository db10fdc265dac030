using System.Globalization;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Entities;

/// <summary>
/// How often a one-word name of the knowledge base is a common word (<c>Data/common-words.tsv</c>, learned by
/// <c>marsad kb common-words</c> from ANERcorp's training split and the hunspell-ar dictionary). A form is mostly a
/// common word when its common-word share, (outside + part + dictionary) / (outside + part + whole + 1), is more
/// than one half: ANERcorp uses it more often outside names or as a piece of a longer name than as a whole name,
/// with the dictionary's listing counting as one common use. «جامعة» (31 uses, 1 whole name, listed) and «الخبر»
/// (listed, never a name) are common words; «جدة» (6 whole names) and «باريس» are not. The table also holds the
/// whole words that read as a proclitic + such a name (فريدة "unique", not ف + Rhede), so that the entity step can
/// ask whether the word it cut a proclitic off is itself a common word.
/// </summary>
internal sealed class CommonWordTable
{
    private readonly Dictionary<string, (int Common, int Whole, bool Listed)> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Common, int Whole, bool Listed)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Overwhelming: this many common uses at least, and this many times the whole names (plus one).
    private const int OverwhelmingUses = 25, OverwhelmingRatio = 20;

    public CommonWordTable(IEnumerable<LexiconRow> rows)
    {
        foreach (var r in rows)
        {
            int outside = Count(r, 1), part = Count(r, 2), whole = Count(r, 3);
            bool listed = r[4] == "1";
            _forms[r[0]] = (outside + part + (listed ? 1 : 0), whole, listed);
        }
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static int Count(LexiconRow row, int column) =>
        int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : throw row.Error($"'{row[column]}' is not a count");

    /// <summary>Whether a folded form is mostly a common word (see the class summary).</summary>
    public bool IsMostlyCommon(ReadOnlySpan<char> folded) =>
        _lookup.TryGetValue(folded, out var c) && c.Common > c.Whole && (c.Listed || c.Common >= 2);

    /// <summary>
    /// Whether the doubt rests on the annotated corpus (at least two ANERcorp uses outside names or inside longer
    /// names), not on the dictionary's listing alone; the dictionary lists many place names as words (دمام، جوف).
    /// </summary>
    public bool HasCorpusEvidence(ReadOnlySpan<char> folded) =>
        _lookup.TryGetValue(folded, out var c) && c.Common - (c.Listed ? 1 : 0) >= 2;

    /// <summary>
    /// Whether the evidence is overwhelming: at least 25 common uses and twenty times as many as whole names (plus
    /// one). Only then does a state, a capital or a curated entity spelled like a common word need support.
    /// </summary>
    public bool IsOverwhelminglyCommon(ReadOnlySpan<char> folded) =>
        _lookup.TryGetValue(folded, out var c) && c.Common >= OverwhelmingUses && c.Common >= OverwhelmingRatio * (c.Whole + 1);

    public static CommonWordTable Default => s_default.Value;
    private static readonly Lazy<CommonWordTable> s_default = new(() =>
        new CommonWordTable(LexiconReader.ResourceRows(typeof(CommonWordTable).Assembly, "Marsad.Analysis.Entities.common-words.tsv", 5, 5)));
}
