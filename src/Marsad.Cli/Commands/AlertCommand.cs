using System.CommandLine;
using Marsad.Corpus.Search;
using Marsad.Corpus.Watch;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad alert add QUERY [--webhook URL] [--file PATH]`, `alert list`, `alert remove ID`: saved searches that
/// `marsad watch` and `marsad ingest` check each new article against (<see cref="AlertChecker"/>).
/// </summary>
public static class AlertCommand
{
    public static Command Create()
    {
        var command = new Command("alert", "Saved searches checked against each new article; matches go to a webhook or a JSON Lines file");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command Add()
    {
        var query = new Argument<string[]>("QUERY") { Description = "A search query (as for 'marsad search'): words, \"phrases\", entity:\"…\", speaker:\"…\", source:, type:", Arity = ArgumentArity.OneOrMore };
        var webhook = new Option<string?>("--webhook") { Description = "POST each match as JSON to this http(s) URL" };
        var file = new Option<string?>("--file") { Description = "Append each match as one JSON line to this file" };
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var command = new Command("add", "Save an alert") { query, webhook, file, data, store };
        command.SetAction(parse => StoreAccess.Folder(parse.GetValue(data)!, parse.GetValue(store), "alert", Console.Error) is { } folder
            ? RunAdd(string.Join(' ', parse.GetValue(query)!), parse.GetValue(webhook), parse.GetValue(file), folder, Console.Out, Console.Error)
            : CommandRunner.UsageError);
        return command;
    }

    private static Command List()
    {
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var command = new Command("list", "List the alerts, their targets and how many articles each matched") { data, store };
        command.SetAction(parse => StoreAccess.Folder(parse.GetValue(data)!, parse.GetValue(store), "alert", Console.Error) is { } folder
            ? RunList(folder, Console.Out)
            : CommandRunner.UsageError);
        return command;
    }

    private static Command Remove()
    {
        var id = new Argument<long>("ID") { Description = "The alert's number, as 'alert list' shows it" };
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var command = new Command("remove", "Remove an alert and its matches") { id, data, store };
        command.SetAction(parse => StoreAccess.Folder(parse.GetValue(data)!, parse.GetValue(store), "alert", Console.Error) is { } folder
            ? RunRemove(parse.GetValue(id), folder, Console.Out, Console.Error)
            : CommandRunner.UsageError);
        return command;
    }

    public static int RunAdd(string query, string? webhook, string? file, string dataDir, TextWriter stdout, TextWriter stderr)
    {
        if (webhook is null && file is null) { stderr.WriteLine("marsad: alert add needs a target: --webhook URL, --file PATH or both"); return CommandRunner.UsageError; }
        if (webhook is not null && !(Uri.TryCreate(webhook, UriKind.Absolute, out var hook) && hook.Scheme is "http" or "https"))
        {
            stderr.WriteLine($"marsad: --webhook '{webhook}' is not an http or https URL");
            return CommandRunner.UsageError;
        }
        try { CorpusSearcher.Parse(query, _ => []); }
        catch (QuerySyntaxException e) { stderr.WriteLine($"marsad: bad query: {e.Message}"); return CommandRunner.UsageError; }
        // the file is kept as a full path: watch may run from another folder (cron)
        string? path = file is null ? null : Path.GetFullPath(file);
        using var state = MonitorStore.Open(dataDir);
        var alert = state.AddAlert(query, webhook, path);
        stdout.WriteLine($"alert {alert.Id}: {Describe(alert)}");
        return CommandRunner.Ok;
    }

    public static int RunList(string dataDir, TextWriter stdout)
    {
        using var state = MonitorStore.OpenExisting(dataDir);
        var alerts = state?.Alerts() ?? [];
        if (alerts.Count == 0) { stdout.WriteLine("no alerts (add one with 'marsad alert add QUERY --file PATH')"); return CommandRunner.Ok; }
        var counts = state!.MatchCounts();
        foreach (var a in alerts)
        {
            var (matches, waiting) = counts.GetValueOrDefault(a.Id);
            stdout.WriteLine($"{a.Id}\t{Describe(a)}\t{matches} matched{(waiting > 0 ? $", {waiting} waiting for delivery" : "")}\tsince {a.Created}");
        }
        return CommandRunner.Ok;
    }

    public static int RunRemove(long id, string dataDir, TextWriter stdout, TextWriter stderr)
    {
        using var state = MonitorStore.OpenExisting(dataDir);
        if (state is null || !state.RemoveAlert(id)) { stderr.WriteLine($"marsad: {dataDir} has no alert {id}"); return CommandRunner.SomeFailed; }
        stdout.WriteLine($"alert {id} removed");
        return CommandRunner.Ok;
    }

    private static string Describe(Alert a) =>
        $"'{a.Query}' → {string.Join(" and ", new[] { a.Webhook is null ? null : $"POST {a.Webhook}", a.File is null ? null : $"file {a.File}" }.OfType<string>())}";

    /// <summary>Delivers the matches waiting in <paramref name="state"/> (after an ingest or a watch pass); failures are one line each.</summary>
    public static (int Delivered, int Waiting) Deliver(MonitorStore state, TextWriter stderr)
    {
        using var http = AlertDelivery.CreateClient(new FetchOptions());
        return new AlertDelivery(state, http).DeliverAsync(p => stderr.WriteLine($"marsad: {p}")).GetAwaiter().GetResult();
    }
}
