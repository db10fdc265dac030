using Marsad.Knowledge.Kb;

namespace Marsad.Analysis.Entities;

/// <summary>What a nominal reference points at: an office, the last minister, a counterpart, a capital, the kingdom.</summary>
public enum TitleKind : byte { Office, Minister, Counterpart, Capital, Kingdom }

/// <summary>A title or role word sequence, folded, with the office it names.</summary>
public sealed record Title(string[] Words, TitleKind Kind, string? Role);

/// <summary>
/// Titles and role nouns of Arabic news (folded keys). Offices resolve through the knowledge base at the
/// publication date (وزير الخارجية الروسي → Russia's foreign minister then); الوزير to the last minister named;
/// نظيره to the counterpart named in apposition or holding the same office; العاصمة to the state's capital.
/// </summary>
public static class Titles
{
    public static readonly Title[] All = Build(
    [
        ("وزير الخارجيه", TitleKind.Office, Roles.ForeignMinister),
        ("وزيره الخارجيه", TitleKind.Office, Roles.ForeignMinister),
        ("وزير الشوون الخارجيه", TitleKind.Office, Roles.ForeignMinister),
        ("وزير الدفاع", TitleKind.Office, Roles.DefenceMinister),
        ("وزيره الدفاع", TitleKind.Office, Roles.DefenceMinister),
        ("وزير الداخليه", TitleKind.Office, Roles.InteriorMinister),
        ("رييس الوزراء", TitleKind.Office, Roles.HeadOfGovernment),
        ("رييسه الوزراء", TitleKind.Office, Roles.HeadOfGovernment),
        ("رييس الحكومه", TitleKind.Office, Roles.HeadOfGovernment),
        ("رييس الوزراء", TitleKind.Office, Roles.HeadOfGovernment),
        ("نايب الرييس", TitleKind.Office, "vice_president"),
        ("ولي العهد", TitleKind.Office, Roles.CrownPrince),
        ("الرييس", TitleKind.Office, Roles.HeadOfState),
        ("الرييسه", TitleKind.Office, Roles.HeadOfState),
        ("الملك", TitleKind.Office, Roles.HeadOfState),
        ("العاهل", TitleKind.Office, Roles.HeadOfState),
        ("السلطان", TitleKind.Office, Roles.HeadOfState),
        ("امير", TitleKind.Office, Roles.HeadOfState),
        ("المرشد", TitleKind.Office, "supreme_leader"),
        ("الوزير", TitleKind.Minister, null),
        ("الوزيره", TitleKind.Minister, null),
        ("نظيره", TitleKind.Counterpart, null),
        ("نظيرته", TitleKind.Counterpart, null),
        ("نظيرها", TitleKind.Counterpart, null),
        ("نظيريه", TitleKind.Counterpart, null),
        ("العاصمه", TitleKind.Capital, null),
        ("المملكه", TitleKind.Kingdom, null),
    ]);

    /// <summary>Titles by folded first word, longest first.</summary>
    public static readonly Dictionary<string, Title[]> ByFirstWord = All.GroupBy(t => t.Words[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.Ordinal);

    public static readonly Dictionary<string, Title[]>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Title[] Build((string Words, TitleKind Kind, string? Role)[] rows) =>
        [.. rows.Select(r => new Title(r.Words.Split(' '), r.Kind, r.Role))];
}
