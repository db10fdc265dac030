namespace Marsad.Knowledge.Kb;

/// <summary>The kinds of named things the knowledge base holds (the same six as the analysis model).</summary>
public enum KbType : byte { PER, ORG, GPE, LOC, FAC, MISC }

/// <summary>
/// One real-world entity: a stable id ("RU", "city:524901", "per:sergey-lavrov"), its type, English canonical
/// name, Arabic names and spelling variants, and the state it belongs to or acts for.
/// </summary>
/// <param name="Capital">For a state, the id of its capital.</param>
public sealed record KbEntity(string Id, KbType Type, string Name, IReadOnlyList<string> NamesAr, string? Country = null, string? Capital = null);

/// <summary>
/// A dated office: <paramref name="Role"/> is one of <see cref="Roles"/> or a CAMEO sector code ("cameo:GOV").
/// An open end means the office is held still (as far as the sources know).
/// </summary>
public sealed record KbRole(string EntityId, string Role, string Country, DateOnly? Start, DateOnly? End)
{
    public bool HeldOn(DateOnly date) => (Start is null || Start <= date) && (End is null || date < End);
}

/// <summary>The role names the curated files and the coreference rules share.</summary>
public static class Roles
{
    public const string HeadOfState = "head_of_state";
    public const string HeadOfGovernment = "head_of_government";
    public const string ForeignMinister = "foreign_minister";
    public const string DefenceMinister = "defence_minister";
    public const string InteriorMinister = "interior_minister";
    public const string CrownPrince = "crown_prince";
    public const string SecretaryGeneral = "secretary_general";
    public const string Spokesperson = "spokesperson";

    public static bool IsMinister(string role) => role.EndsWith("_minister", StringComparison.Ordinal) || role == HeadOfGovernment;
}
