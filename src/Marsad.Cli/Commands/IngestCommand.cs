using System.CommandLine;
using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Corpus.Watch;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>`marsad ingest PATH... [--data DIR]`: analyse and store articles, and index them for search.</summary>
public static class IngestCommand
{
    public static Option<string> DataOption() => new("--data") { Description = "The data folder (store and index)", DefaultValueFactory = _ => "marsad-data" };

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders: .txt .html .json .jsonl .zip .xml/.rss/.atom .warc .warc.gz", Arity = ArgumentArity.OneOrMore };
        var data = DataOption();
        var threads = new Option<int>("--threads") { Description = "Analysis threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Articles per store transaction", DefaultValueFactory = _ => 200 };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD for inputs whose metadata has none" };
        var store = new Option<string?>("--store") { Description = "A PostgreSQL store (postgres://… or Host=…) instead of --data; with --queue" };
        var queue = new Option<string?>("--queue") { Description = "Publish the articles to this RabbitMQ queue (amqp://…) for 'marsad worker' processes" };
        var command = new Command("ingest", "Analyse articles and add them to the corpus store and search index (idempotent, crash-safe)")
        {
            paths, data, threads, batch, published, store, queue,
        };
        command.SetAction(parse =>
        {
            PublicationDate? date = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!PublicationDate.TryParse(p, out var d)) { Console.Error.WriteLine($"marsad: --published '{p}' is not a date (expected YYYY-MM-DD)"); return CommandRunner.UsageError; }
                date = d;
            }
            if (parse.GetValue(queue) is { } amqp) return QueueIngest.Run(parse.GetValue(paths)!, parse.GetValue(store) ?? parse.GetValue(data)!, amqp, date, Console.Error);
            if (parse.GetValue(store) is { } s && Marsad.Corpus.Postgres.StoreAddress.IsPostgres(s))
            {
                Console.Error.WriteLine("marsad: ingest into PostgreSQL goes through a queue: add --queue amqp://… and run 'marsad worker' processes");
                return CommandRunner.UsageError;
            }
            var options = new IngestOptions { Threads = Math.Max(1, parse.GetValue(threads)), BatchSize = Math.Max(1, parse.GetValue(batch)), DefaultPublished = date,
                AfterStep = KillSwitch.FromEnvironment(Console.Error) };
            return Run(parse.GetValue(paths)!, parse.GetValue(store) ?? parse.GetValue(data)!, options, Console.Error);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string dataDir, IngestOptions options, TextWriter stderr)
    {
        CorpusFolder folder;
        try { folder = CorpusFolder.OpenForWriting(dataDir); }
        catch (IOException e) { stderr.WriteLine($"marsad: {e.Message}"); return CommandRunner.SomeFailed; }
        using (folder)
        {
            try { return Ingest(folder, paths, options, stderr); }
            catch (Exception e) when (StorageFailure.Reason(e) is { } reason)
            {
                // every batch is one transaction: what was stored before the failure stays, and a rerun goes on from there
                stderr.WriteLine($"marsad: {dataDir} cannot be written ({reason}); the articles stored before this are kept, and rerunning the same command continues");
                return CommandRunner.SomeFailed;
            }
        }
    }

    private static int Ingest(CorpusFolder folder, IReadOnlyList<string> paths, IngestOptions options, TextWriter stderr)
    {
        var ingester = new Ingester(folder, MarsadPipeline.Default, options);
        // saved alerts (`marsad alert add`) are checked against every article this ingest stores
        using var monitor = MonitorStore.OpenExisting(folder.Root);
        var alerts = monitor is null ? null : new AlertChecker(monitor, folder.Store, p => stderr.WriteLine($"marsad: {p}"));
        if (alerts is { HasAlerts: true }) ingester.Stored += alerts.Check;
        var reader = new BulkReader().Plan(paths);
        int warnings = 0;
        bool terminal = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        IngestProgress result;
        if (terminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            result = console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("ingest", maxValue: Math.Max(1, reader.BytesTotal));
                    ingester.Error += e => console.MarkupLineInterpolated($"[red]marsad:[/] {e.Message}");
                    ingester.Warning += w => { Interlocked.Increment(ref warnings); console.MarkupLineInterpolated($"[yellow]marsad:[/] {w}"); };
                    var r = ingester.Run(reader, pr =>
                    {
                        task.Value = pr.BytesDone;
                        task.Description = $"{pr.Read:N0} articles, {pr.Stored:N0} new, {pr.Rate:N0}/s";
                    });
                    task.Value = task.MaxValue;
                    return r;
                });
        }
        else
        {
            ingester.Error += e => stderr.WriteLine($"marsad: {e.Message}");
            ingester.Warning += w => { Interlocked.Increment(ref warnings); stderr.WriteLine($"marsad: warning: {w}"); };
            var last = DateTime.UtcNow;
            result = ingester.Run(reader, pr =>
            {
                if ((DateTime.UtcNow - last).TotalSeconds < 5) return;
                last = DateTime.UtcNow;
                stderr.WriteLine($"marsad: {pr.Read:N0} articles read, {pr.Stored:N0} new, {pr.Rate:N0}/s, {Percent(pr)} of the input");
            });
        }
        var (store, index) = folder.Sizes();
        long total = folder.Store.Count;
        stderr.WriteLine($"marsad: {result.Read:N0} articles read, {result.Stored:N0} new, {result.Known:N0} already stored, {result.Failed:N0} failed{(warnings > 0 ? $", {warnings:N0} warnings" : "")}; "
            + $"{result.Rate:N0} articles/s over {result.Elapsed.TotalSeconds:N1} s; the corpus holds {total:N0} articles "
            + $"(store {store / 1048576.0:N1} MB, index {index / 1048576.0:N1} MB, {(total > 0 ? (store + index) / total : 0):N0} bytes/article)");
        if (alerts is { HasAlerts: true })
        {
            var (delivered, waiting) = AlertCommand.Deliver(monitor!, stderr);
            stderr.WriteLine($"marsad: {alerts.Matched:N0} alert matches, {delivered:N0} delivered{(waiting > 0 ? $", {waiting:N0} waiting" : "")}");
        }
        return result.Failed == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
    }

    private static string Percent(IngestProgress p) => p.BytesTotal > 0 ? $"{100.0 * p.BytesDone / p.BytesTotal:0}%" : "?";
}
