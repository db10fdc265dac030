using System.CommandLine;
using Marsad.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>`marsad audit links --data DIR [--top N]`: the most frequent (written form → entity) links of a store.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var data = IngestCommand.DataOption();
        var top = new Option<int>("--top") { Description = "How many links to list", DefaultValueFactory = _ => 50 };
        var links = new Command("links", "The most frequent (written form → entity) links in a store, with the number of articles: a systematic wrong link shows at once") { data, top };
        links.SetAction(parse => RunLinks(parse.GetValue(data)!, parse.GetValue(top), Console.Out, Console.Error));
        return new Command("audit", "Corpus-scale checks of a store") { links };
    }

    public static int RunLinks(string dataDir, int top, TextWriter stdout, TextWriter stderr)
    {
        if (top < 1) { stderr.WriteLine("marsad: --top must be at least 1"); return CommandRunner.UsageError; }
        if (StoreAccess.OpenRelations(dataDir, stderr) is not var (folder, _)) return CommandRunner.SomeFailed;
        using (folder)
        {
            stdout.WriteLine($"{"articles",8}  written form → entity");
            foreach (var l in StoreAudit.Links(folder.Store.Enumerate(), top))
                stdout.WriteLine($"{l.Articles,8}  {l.Form} → {l.Entity} ({l.EntityAr}, {l.Type}{(l.Kb is null ? "" : ", " + l.Kb)})");
            return CommandRunner.Ok;
        }
    }
}
