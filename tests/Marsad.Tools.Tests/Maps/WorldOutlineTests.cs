using Marsad.Tests;
using Marsad.Tools.Knowledge;
using Marsad.Tools.Maps;

namespace Marsad.Tools.Tests.Maps;

public class WorldOutlineTests
{
    [SkippableFact]
    public void Drawing_again_gives_the_committed_outline_with_a_path_per_country()
    {
        string geo = Path.Combine(SharedData.RepoRoot, "artifacts", "geo"), atlas = Path.Combine(geo, WorldOutline.Source);
        SharedData.Require("data", "gazetteers");
        Skip.IfNot(File.Exists(atlas), $"{atlas} is absent: run tools/geo/fetch.sh to fetch the npm package the outline is drawn from");
        string svg = WorldOutline.Svg(File.ReadAllText(atlas), KbBuilder.Alpha2ByNumeric(SharedData.Path_("data", KbBuilder.IsoTable)));
        string committed = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "src", "Marsad.Web", "Assets", "world.svg"));
        Assert.True(svg == committed, "src/Marsad.Web/Assets/world.svg is stale: run `marsad kb outline`");
        foreach (var code in new[] { "SA", "YE", "RU", "US", "FR", "IR" })
            Assert.Contains($"id=\"c-{code}\"", svg, StringComparison.Ordinal);
        Assert.InRange(svg.Length, 50_000, 150_000);
    }
}
