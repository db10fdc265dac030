using System.CommandLine;
using Marsad.Knowledge.Kb;
using Marsad.Tools.Knowledge;

namespace Marsad.Cli.Commands;

/// <summary>`marsad kb build`: rebuilds the knowledge base file from the public data and the curated files.</summary>
public static class KbCommand
{
    public const string DefaultOut = "src/Marsad.Knowledge/Data/kb.tsv.gz";

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The public data folder (gazetteers/, events/)", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "Where to write the gzip'd knowledge base", DefaultValueFactory = _ => DefaultOut };
        var build = new Command("build", "Build the knowledge base from ../shared/data and the curated files (deterministic)") { data, output };
        build.SetAction(parse => Build(parse.GetValue(data)!, parse.GetValue(output)!, Console.Out, Console.Error));
        return new Command("kb", "The knowledge base of states, places, people and organisations") { build };
    }

    public static int Build(string data, string output, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(Path.Combine(data, "gazetteers")))
        {
            stderr.WriteLine($"marsad: {data} has no gazetteers/ folder (give the public data folder with --data)");
            return CommandRunner.UsageError;
        }
        var kb = new KbBuilder(data).Build();
        var dir = Path.GetDirectoryName(Path.GetFullPath(output));
        if (dir is not null) Directory.CreateDirectory(dir);
        KbFile.WriteGzip(kb, output);
        var s = KbStatistics.Of(kb);
        stdout.WriteLine($"{output}: {kb.Entities.Count:N0} entities ({s.States:N0} states and territories, {s.Places:N0} cities and regions, {s.PeopleAndOrganisations:N0} people and organisations), {kb.Roles.Count:N0} roles, {kb.Adjectives.Count:N0} adjective forms, {new FileInfo(output).Length / 1024:N0} KiB");
        return CommandRunner.Ok;
    }
}
