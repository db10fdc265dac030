namespace Marsad.Knowledge.Outlets;

/// <summary>A news outlet or agency: the parties of a source chain.</summary>
/// <param name="Kind">agency, channel, paper, site or aggregator.</param>
public sealed record Outlet(string Id, string Name, string Kind, string Country, IReadOnlyList<string> ArabicNames, IReadOnlyList<string> OtherNames)
{
    public string NameAr => ArabicNames.Count > 0 ? ArabicNames[0] : Name;
}

/// <summary>An outlet named in a text, with the span of the name.</summary>
public readonly record struct OutletMatch(Outlet Outlet, int Start, int End);
