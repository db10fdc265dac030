using System.CommandLine;
using Marsad.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>`marsad audit links|events [--data DIR | --store STORE] [--top N]`: the most frequent (written form → entity) links of a store.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var top = new Option<int>("--top") { Description = "How many links to list", DefaultValueFactory = _ => 50 };
        var links = new Command("links", "The most frequent (written form → entity) links in a store, with the number of articles: a systematic wrong link shows at once") { data, store, top };
        links.SetAction(parse => RunLinks(parse.GetValue(data)!, parse.GetValue(top), Console.Out, Console.Error, parse.GetValue(store)));
        var events = new Command("events", "Events of a store by PLOVER type, with the share that has no actor") { data, store };
        events.SetAction(parse => RunEvents(parse.GetValue(data)!, Console.Out, Console.Error, parse.GetValue(store)));
        return new Command("audit", "Corpus-scale checks of a store") { links, events };
    }

    public static int RunLinks(string dataDir, int top, TextWriter stdout, TextWriter stderr, string? store = null)
    {
        if (top < 1) { stderr.WriteLine("marsad: --top must be at least 1"); return CommandRunner.UsageError; }
        if (StoreAccess.OpenRelations(dataDir, store, stderr) is not var (reader, _)) return CommandRunner.SomeFailed;
        using (reader)
        {
            stdout.WriteLine($"{"articles",8}  written form → entity");
            foreach (var l in StoreAudit.Links(reader.Enumerate(), top))
                stdout.WriteLine($"{l.Articles,8}  {l.Form} → {l.Entity} ({l.EntityAr}, {l.Type}{(l.Kb is null ? "" : ", " + l.Kb)})");
            return CommandRunner.Ok;
        }
    }

    public static int RunEvents(string dataDir, TextWriter stdout, TextWriter stderr, string? store = null)
    {
        if (StoreAccess.OpenRelations(dataDir, store, stderr) is not var (reader, _)) return CommandRunner.SomeFailed;
        using (reader)
        {
            var types = StoreAudit.EventTypes(reader.Enumerate());
            int all = types.Sum(t => t.Events), actorless = types.Sum(t => t.WithoutActor);
            stdout.WriteLine($"{"type",-10} {"events",8} {"no actor",9}");
            foreach (var (type, n, without) in types) stdout.WriteLine($"{type,-10} {n,8} {without,9}");
            stdout.WriteLine($"{"all",-10} {all,8} {actorless,9}  ({(all == 0 ? 0 : 100.0 * actorless / all):F1} % without an actor)");
            return CommandRunner.Ok;
        }
    }
}
