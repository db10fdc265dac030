using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Entities;

/// <summary>What a nominal reference points at: an office, the last minister, a counterpart, a capital, the kingdom, a state.</summary>
internal enum TitleKind : byte { Office, Minister, Counterpart, Capital, Kingdom, State }

/// <summary>A title or role word sequence, folded, with the office it names.</summary>
/// <remarks><paramref name="State"/> is the state of a title that names one office of one state (خادم الحرمين الشريفين).</remarks>
internal sealed record Title(string[] Words, TitleKind Kind, string? Role, string? State = null);

/// <summary>
/// Titles and role nouns of Arabic news (folded keys). Offices resolve through the knowledge base at the
/// publication date (وزير الخارجية الروسي → Russia's foreign minister then); الوزير to the last minister named;
/// نظيره to the counterpart named in apposition or holding the same office; العاصمة to the state's capital.
/// </summary>
internal static class Titles
{
    public static readonly Title[] All =
    [
        .. LexiconReader.ResourceRows(typeof(Titles).Assembly, "Marsad.Analysis.Entities.titles.tsv", 3, 4)
            .Select(r => new Title(r[0].Split(' '), Kind(r), r[2] == "-" ? null : r[2], r.Count > 3 ? r[3] : null)),
    ];

    /// <summary>Titles by folded first word, longest first.</summary>
    public static readonly Dictionary<string, Title[]> ByFirstWord = All.GroupBy(t => t.Words[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.Ordinal);

    public static readonly Dictionary<string, Title[]>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static TitleKind Kind(LexiconRow row) => row[1] switch
    {
        "office" => TitleKind.Office,
        "minister" => TitleKind.Minister,
        "counterpart" => TitleKind.Counterpart,
        "capital" => TitleKind.Capital,
        "kingdom" => TitleKind.Kingdom,
        "state" => TitleKind.State,
        _ => throw row.Error($"unknown title kind '{row[1]}'"),
    };
}
