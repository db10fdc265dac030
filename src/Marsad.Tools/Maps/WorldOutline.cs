using System.Globalization;
using System.Text;
using Marsad.Knowledge.Geo;

namespace Marsad.Tools.Maps;

/// <summary>
/// Writes the world outline the web pages draw their maps on: the countries of Natural Earth 1:110m (npm world-atlas),
/// projected with <see cref="EqualEarth"/> onto a plane <see cref="EqualEarth.Width"/> units wide, points closer than
/// <see cref="MinStep"/> to the last one kept dropped, coordinates in tenths of a unit as relative path steps. Each
/// country is a path with id <c>c-</c> and its ISO 3166 alpha-2 code, so a page can shade the countries it names.
/// </summary>
public static class WorldOutline
{
    /// <summary>The file of the world-atlas package it is drawn from.</summary>
    public static readonly string Source = System.IO.Path.Combine("world-atlas", "countries-110m.json");

    /// <summary>A world 1,000 units wide is drawn at most a few thousand pixels wide: finer steps are not seen.</summary>
    public const double MinStep = 0.4;

    /// <param name="alpha2ByNumeric">ISO 3166 numeric code (the outline's ids) → alpha-2 code.</param>
    public static string Svg(string topoJson, IReadOnlyDictionary<string, string> alpha2ByNumeric)
    {
        var sb = new StringBuilder();
        string w = EqualEarth.Width.ToString("0", CultureInfo.InvariantCulture), h = EqualEarth.Height.ToString("0.#", CultureInfo.InvariantCulture);
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\">\n");
        sb.Append("<!-- Natural Earth 1:110m countries (public domain) via npm world-atlas 2.0.2 (ISC); Equal Earth projection; written by `marsad kb outline` -->\n");
        sb.Append("<g id=\"world\">\n");
        foreach (var shape in TopoJson.Read(topoJson, "countries").OrderBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            string d = PathData(shape);
            if (d.Length == 0) continue;
            sb.Append("<path");
            if (alpha2ByNumeric.TryGetValue(shape.Id, out var code)) sb.Append(CultureInfo.InvariantCulture, $" id=\"c-{code}\"");
            sb.Append(CultureInfo.InvariantCulture, $" d=\"{d}\"/>\n");
        }
        sb.Append("</g>\n</svg>\n");
        return sb.ToString();
    }

    private static string PathData(TopoJson.Shape shape)
    {
        var sb = new StringBuilder();
        foreach (var polygon in shape.Polygons)
            foreach (var raw in polygon)
            {
                // a ring across the antimeridian is drawn where it is continuous, and again a world to the side, so
                // that both of its ends show (the map's edge clips what falls outside it)
                var ring = TopoJson.Unwrap(raw, out _);
                Ring(sb, ring);
                double east = ring.Max(p => p.Lon), west = ring.Min(p => p.Lon);
                if (east > 180) Ring(sb, [.. ring.Select(p => (p.Lon - 360, p.Lat))]);
                if (west < -180) Ring(sb, [.. ring.Select(p => (p.Lon + 360, p.Lat))]);
            }
        return sb.ToString();
    }

    private static void Ring(StringBuilder sb, IReadOnlyList<(double Lon, double Lat)> ring)
    {
                var points = new List<(long X, long Y)>();
                (double X, double Y) last = (double.NaN, double.NaN);
                foreach (var (lon, lat) in ring)
                {
                    var p = EqualEarth.Project(lon, lat);
                    if (!double.IsNaN(last.X) && Math.Abs(p.X - last.X) < MinStep && Math.Abs(p.Y - last.Y) < MinStep) continue;
                    last = p;
                    var q = ((long)Math.Round(p.X * 10), (long)Math.Round(p.Y * 10));
                    if (points.Count == 0 || points[^1] != q) points.Add(q);
                }
                if (points.Count < 3) return; // an islet smaller than a step
                sb.Append('M').Append(Tenths(points[0].X)).Append(' ').Append(Tenths(points[0].Y));
                for (int i = 1; i < points.Count; i++)
                {
                    sb.Append(i == 1 ? "l" : " ");
                    sb.Append(Tenths(points[i].X - points[i - 1].X)).Append(' ').Append(Tenths(points[i].Y - points[i - 1].Y));
                }
                sb.Append('z');
    }

    private static string Tenths(long v) => (v / 10.0).ToString("0.#", CultureInfo.InvariantCulture);
}
