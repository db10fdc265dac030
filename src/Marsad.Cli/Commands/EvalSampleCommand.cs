using System.CommandLine;
using Marsad.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>`marsad eval sample [--data DIR | --store STORE] --layer entities|links|quotes|events --n 50 --seed S`: a reproducible random sample to judge by hand.</summary>
public static class EvalSampleCommand
{
    public static Command Create()
    {
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var layer = new Option<string>("--layer") { Description = "What to sample: entities (name mentions, linked or not), links (mentions linked to the knowledge base), quotes (those given to a speaker) or events", Required = true };
        layer.AcceptOnlyFromAmong("entities", "links", "quotes", "events");
        var n = new Option<int>("--n") { Description = "How many items", DefaultValueFactory = _ => 50 };
        var seed = new Option<int>("--seed") { Description = "Random seed (the same store and seed give the same sample)", DefaultValueFactory = _ => 1 };
        var command = new Command("sample", "A reproducible random sample of stored name mentions, links, quotes or events, to judge by hand") { data, store, layer, n, seed };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(layer)!, parse.GetValue(n), parse.GetValue(seed), Console.Out, Console.Error, parse.GetValue(store)));
        return command;
    }

    public static int Run(string dataDir, string layer, int n, int seed, TextWriter stdout, TextWriter stderr, string? store = null)
    {
        if (n < 1) { stderr.WriteLine("marsad: --n must be at least 1"); return CommandRunner.UsageError; }
        if (StoreAccess.OpenRelations(dataDir, store, stderr) is not var (reader, _)) return CommandRunner.SomeFailed;
        using (reader)
        {
            int i = 0;
            foreach (var item in StoreAudit.Sample(reader.Enumerate(), layer, n, seed))
                stdout.WriteLine($"{++i,3}. {item}\n");
            return i > 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
        }
    }
}
