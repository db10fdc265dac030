using Marsad.Knowledge.Geo;
using Marsad.Knowledge.Kb;

namespace Marsad.Knowledge.Tests.Geo;

public class GeoTests
{
    // Two squares sharing an edge on a quantised grid (scale 1, translate -10,-10): the second uses the shared arc reversed.
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[1,1],"translate":[-10,-10]},
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,1]],"id":"001","properties":{"name":"West"}},
           {"type":"Polygon","arcs":[[2,-1]],"id":"002","properties":{"name":"East"}}]}},
         "arcs":[[[10,0],[0,20]],[[10,20],[-10,0],[0,-20],[10,0]],[[10,0],[10,0],[0,20],[-10,0]]]}
        """;

    [Fact]
    public void Topojson_rings_follow_their_arcs_and_a_square_has_its_centre_as_centroid()
    {
        var shapes = TopoJson.Read(Topology, "countries");
        Assert.Equal(["West", "East"], shapes.Select(s => s.Name));
        var west = TopoJson.Centroid(shapes[0])!.Value;
        Assert.Equal(-5, west.Lon, 6);
        Assert.Equal(0, west.Lat, 6);
        var east = TopoJson.Centroid(shapes[1])!.Value;
        Assert.Equal(5, east.Lon, 6);
        Assert.Equal(0, east.Lat, 6);
        // the reversed shared arc joins the ring without repeating its joining point
        Assert.Equal(5, shapes[1].Polygons[0][0].Count);
    }

    [Fact]
    public void A_ring_across_the_antimeridian_is_unwrapped_and_its_centroid_lies_on_the_globe()
    {
        IReadOnlyList<(double Lon, double Lat)> ring = [(170, 60), (180, 60), (-170, 60), (-170, 70), (180, 70), (170, 70)];
        var unwrapped = TopoJson.Unwrap(ring, out bool polar);
        Assert.False(polar);
        Assert.Equal(190, unwrapped[2].Lon);
        var shape = new TopoJson.Shape("", "", [[ring]]);
        var c = TopoJson.Centroid(shape)!.Value;
        Assert.True(Math.Abs(c.Lon) > 179.9, $"centroid at {c.Lon}");
        Assert.InRange(c.Lat, 64.9, 65.1);
    }

    [Fact]
    public void Equal_earth_keeps_east_right_north_up_and_the_world_in_its_frame()
    {
        var (x0, y0) = EqualEarth.Project(0, 0);
        Assert.Equal(EqualEarth.Width / 2, x0, 6);
        Assert.Equal(EqualEarth.Height / 2, y0, 6);
        Assert.Equal(EqualEarth.Width, EqualEarth.Project(180, 0).X, 6);
        Assert.Equal(0, EqualEarth.Project(0, 90).Y, 6);
        var riyadh = EqualEarth.Project(46.72, 24.69);
        var moscow = EqualEarth.Project(37.62, 55.75);
        Assert.True(riyadh.X > moscow.X && riyadh.Y > moscow.Y, "Riyadh is east of Moscow and south of it");
        // the ratio of Equal Earth's width to its height
        Assert.InRange(EqualEarth.Width / EqualEarth.Height, 2.05, 2.06);
    }

    [Fact]
    public void The_knowledge_base_file_keeps_locations_and_names_a_bad_one()
    {
        const string file = "# test\nE\tcity:1\tGPE\tAlpha\t\t\tألفا\nG\tcity:1\t24.69\t46.72\n";
        var kb = KbFile.Read(new StringReader(file));
        Assert.Equal(new GeoPoint(24.69, 46.72), kb.Location("city:1"));
        using var w = new StringWriter();
        KbFile.Write(kb, w);
        Assert.Contains("G\tcity:1\t24.69\t46.72\n", w.ToString(), StringComparison.Ordinal);

        var e = Assert.Throws<FormatException>(() => KbFile.Read(new StringReader(file.Replace("46.72", "246.72", StringComparison.Ordinal))));
        Assert.Contains(":3:", e.Message, StringComparison.Ordinal);
    }
}
