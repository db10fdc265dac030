using System.Text.Json;

namespace Marsad.Knowledge.Geo;

/// <summary>
/// Reads the polygons of a TopoJSON topology (as the npm world-atlas package ships Natural Earth): arcs delta-encoded
/// on a quantised grid, shared between neighbouring shapes; a negative arc index -i-1 is arc i reversed. Each shape
/// comes back as its polygons, each polygon as its rings of (lon, lat) points, the outer ring first.
/// </summary>
public static class TopoJson
{
    public sealed record Shape(string Id, string Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> Polygons);

    /// <summary>The shapes of object <paramref name="objectName"/> ("countries", "land"); a shape without polygons is left out.</summary>
    public static IReadOnlyList<Shape> Read(string json, string objectName)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var (sx, sy, tx, ty) = (1.0, 1.0, 0.0, 0.0);
        if (root.TryGetProperty("transform", out var t))
        {
            sx = t.GetProperty("scale")[0].GetDouble(); sy = t.GetProperty("scale")[1].GetDouble();
            tx = t.GetProperty("translate")[0].GetDouble(); ty = t.GetProperty("translate")[1].GetDouble();
        }
        bool quantised = root.TryGetProperty("transform", out _);
        var arcs = new List<(double, double)[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new (double, double)[arc.GetArrayLength()];
            double x = 0, y = 0;
            int i = 0;
            foreach (var p in arc.EnumerateArray())
            {
                double a = p[0].GetDouble(), b = p[1].GetDouble();
                if (quantised) { x += a; y += b; points[i++] = (x * sx + tx, y * sy + ty); }
                else points[i++] = (a, b);
            }
            arcs.Add(points);
        }

        var shapes = new List<Shape>();
        foreach (var g in root.GetProperty("objects").GetProperty(objectName).GetProperty("geometries").EnumerateArray())
        {
            string type = g.GetProperty("type").GetString() ?? "";
            if (type is not ("Polygon" or "MultiPolygon")) continue;
            var polygons = new List<IReadOnlyList<IReadOnlyList<(double, double)>>>();
            var raw = g.GetProperty("arcs");
            foreach (var polygon in type == "Polygon" ? [raw] : raw.EnumerateArray().ToArray())
                polygons.Add([.. polygon.EnumerateArray().Select(ring => Ring(ring, arcs))]);
            string id = g.TryGetProperty("id", out var idValue) ? idValue.ToString() : "";
            string name = g.TryGetProperty("properties", out var props) && props.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            shapes.Add(new Shape(id, name, polygons));
        }
        return shapes;
    }

    private static List<(double, double)> Ring(JsonElement indexes, List<(double, double)[]> arcs)
    {
        var ring = new List<(double, double)>();
        foreach (var ix in indexes.EnumerateArray())
        {
            int i = ix.GetInt32();
            var arc = arcs[i >= 0 ? i : ~i];
            // consecutive arcs share their joining point: it is written once
            for (int k = ring.Count == 0 ? 0 : 1; k < arc.Length; k++) ring.Add(arc[i >= 0 ? k : arc.Length - 1 - k]);
        }
        return ring;
    }

    /// <summary>
    /// A ring made continuous across the antimeridian: Natural Earth closes Russia's and Fiji's rings along ±180°, so
    /// the ring jumps 360° in longitude there; unwrapped, its points may go past 180° (eastern Chukotka at 190°).
    /// <paramref name="polar"/> is true for a ring around a pole (Antarctica), which no unwrapping closes; it is
    /// returned as it was, its jump running along the pole.
    /// </summary>
    public static IReadOnlyList<(double Lon, double Lat)> Unwrap(IReadOnlyList<(double Lon, double Lat)> ring, out bool polar)
    {
        var result = new List<(double Lon, double Lat)>(ring.Count);
        double shift = 0;
        for (int i = 0; i < ring.Count; i++)
        {
            if (i > 0)
            {
                double step = ring[i].Lon - ring[i - 1].Lon;
                if (step > 180) shift -= 360;
                else if (step < -180) shift += 360;
            }
            result.Add((ring[i].Lon + shift, ring[i].Lat));
        }
        polar = Math.Abs(shift) >= 180;
        return polar ? ring : result;
    }

    /// <summary>The signed area of a ring in square degrees (the shoelace formula).</summary>
    public static double Area(IReadOnlyList<(double Lon, double Lat)> ring)
    {
        double a = 0;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++) a += ring[j].Lon * ring[i].Lat - ring[i].Lon * ring[j].Lat;
        return a / 2;
    }

    /// <summary>
    /// Where a shape's marker goes: the centroid of the outer ring of its largest polygon (France's mainland, not the
    /// mean of it and Guiana), computed on the plate carrée, which is close enough for a marker on a world map.
    /// </summary>
    public static GeoPoint? Centroid(Shape shape)
    {
        var ring = shape.Polygons.Where(p => p.Count > 0).Select(p => Unwrap(p[0], out bool polar) is var r && !polar ? r : null)
            .OfType<IReadOnlyList<(double Lon, double Lat)>>().MaxBy(r => Math.Abs(Area(r)));
        if (ring is null || ring.Count < 3) return null;
        double area = Area(ring);
        if (Math.Abs(area) < 1e-9) return new GeoPoint(ring.Average(p => p.Lat), ring.Average(p => p.Lon));
        double cx = 0, cy = 0;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            double f = ring[j].Lon * ring[i].Lat - ring[i].Lon * ring[j].Lat;
            cx += (ring[j].Lon + ring[i].Lon) * f;
            cy += (ring[j].Lat + ring[i].Lat) * f;
        }
        double lon = cx / (6 * area);
        return new GeoPoint(cy / (6 * area), lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon);
    }
}
