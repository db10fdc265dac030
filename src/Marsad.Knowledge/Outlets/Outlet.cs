namespace Marsad.Knowledge.Outlets;

/// <summary>A news outlet or agency: the parties of a source chain.</summary>
/// <param name="Kind">agency, channel, paper, site or aggregator.</param>
public sealed record Outlet(string Id, string Name, string Kind, string Country, IReadOnlyList<string> ArabicNames, IReadOnlyList<string> OtherNames)
{
    public string NameAr => ArabicNames.Count > 0 ? ArabicNames[0] : Name;

    /// <summary>Arabic names that are also ordinary words or cities (الرياض، اليوم): weak evidence on their own.</summary>
    public IReadOnlySet<string> AmbiguousNames { get; init; } = new HashSet<string>();
}

/// <summary>An outlet named in a text, with the span of the name.</summary>
public readonly record struct OutletMatch(Outlet Outlet, int Start, int End, bool Ambiguous = false);
