using Marsad.Knowledge.Kb;
using Marsad.Tests;
using Marsad.Tools.Knowledge;

namespace Marsad.Tools.Tests.Knowledge;

public class KbBuilderTests
{
    private static readonly string Geo = Path.Combine(SharedData.RepoRoot, "artifacts", "geo");

    private static readonly Lazy<KnowledgeBase> s_built = new(() => new KbBuilder(SharedData.Path_("data"), Geo).Build());

    /// <summary>The KB is built from the public data and the npm packages of the coordinates; skip without either.</summary>
    private static void RequireInputs()
    {
        SharedData.Require("data", "gazetteers");
        SharedData.Require("data", "events");
        Skip.IfNot(KbBuilder.GeoFiles.All(f => File.Exists(Path.Combine(Geo, f))), $"{Geo} is absent: run tools/geo/fetch.sh to fetch the npm packages the coordinates come from");
    }

    [SkippableFact]
    public void BuildingAgainGivesTheCommittedFile()
    {
        RequireInputs();
        using var a = new StringWriter();
        using var b = new StringWriter();
        KbFile.Write(s_built.Value, a);
        KbFile.Write(KnowledgeBase.Default, b);
        Assert.Equal(b.ToString().Split('\n').Length, a.ToString().Split('\n').Length);
        Assert.True(a.ToString() == b.ToString(), "the committed Data/kb.tsv.gz is stale: run `marsad kb build`");
    }

    [SkippableFact]
    public void CanonicalNamesAreTheEnglishTitlesNewsReadersKnow()
    {
        RequireInputs();
        var kb = s_built.Value;
        Assert.Equal("Turkey", kb.Get("TR")!.Name);           // ISO 3166 says Türkiye since 2022
        Assert.Equal("Mecca", kb.Get("city:104515")!.Name);   // GeoNames: Makkah al Mukarramah
        Assert.Equal("Al Qatif", kb.Get("city:108927")!.Name); // GeoNames: Al Qaţīf
        Assert.Equal("Frankfurt", kb.Get("city:2925533")!.Name);
        Assert.Equal("Cairo", kb.Get("city:360630")!.Name);   // not Cairo, Illinois, which shares its Arabic label
    }

    [SkippableFact]
    public void WorkTitlesOfTheCityTableAreNoPlaces()
    {
        RequireInputs();
        Assert.Empty(s_built.Value.Find("حرب النجوم"));
    }

    [SkippableFact]
    public void ActorDictionaryErrorsAreRepaired()
    {
        RequireInputs();
        var roles = s_built.Value.Roles;
        Assert.DoesNotContain(roles, r => r.Start is { } s && r.End is { } e && e < s);
        Assert.DoesNotContain(roles, r => r.Start?.Year < 1900 || r.End?.Year > 2100);
        Assert.Equal(roles.Count, roles.Distinct().Count());
        // نوري المالكي appears once though the dictionary lists him under several heads
        Assert.Single(s_built.Value.Find("نوري المالكي"));
    }

    [SkippableFact]
    public void PlacesAreWhereGeoNamesAndNaturalEarthPutThem()
    {
        RequireInputs();
        var kb = s_built.Value;
        // Riyadh (GeoNames 108410) at 24.69 N 46.72 E; Saudi Arabia's centroid inside the peninsula
        Assert.Equal(new Marsad.Knowledge.Geo.GeoPoint(24.69, 46.72), kb.Location("city:108410")!.Value with { }, new NearPoint(0.05));
        var sa = kb.Location("SA")!.Value;
        Assert.InRange(sa.Lat, 20, 27);
        Assert.InRange(sa.Lon, 42, 50);
        // France is placed in Europe, not pulled towards Guiana
        Assert.InRange(kb.Location("FR")!.Value.Lon, -2, 6);
        // a person has no place
        Assert.Null(kb.Location("per:sergey-lavrov"));
        Assert.True(kb.LocatedCount > 5000, $"{kb.LocatedCount} located");
    }

    private sealed class NearPoint(double tolerance) : IEqualityComparer<Marsad.Knowledge.Geo.GeoPoint>
    {
        public bool Equals(Marsad.Knowledge.Geo.GeoPoint a, Marsad.Knowledge.Geo.GeoPoint b) => Math.Abs(a.Lat - b.Lat) <= tolerance && Math.Abs(a.Lon - b.Lon) <= tolerance;
        public int GetHashCode(Marsad.Knowledge.Geo.GeoPoint p) => 0;
    }
}
