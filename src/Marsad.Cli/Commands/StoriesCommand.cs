using System.CommandLine;
using Marsad.Analysis;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Stories;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad stories [--since DATE] [--story ID] [--data DIR | --store STORE]`: the stories of the corpus store, largest first, each
/// with its title, time span, sources and main actors; with --story one story's articles, events and quotes in time
/// order. `marsad stories PATH...` clusters files, folders or zips instead, without a store.
/// </summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH") { Description = "Article files, folders or .zip archives to cluster instead of the store", Arity = ArgumentArity.ZeroOrMore };
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var since = new Option<string?>("--since") { Description = "Only stories with an article on or after this date (YYYY-MM-DD)" };
        var minArticles = new Option<int>("--min-articles") { Description = "Only stories with at least this many articles", DefaultValueFactory = _ => 3 };
        var limit = new Option<int>("--limit") { Description = "Most stories listed (store)", DefaultValueFactory = _ => 20 };
        var story = new Option<int?>("--story") { Description = "Show this story (id from the listing): articles, events and quotes in time order" };
        var command = new Command("stories", "Stories of the news stream: title, time span, sources, main actors and timeline") { inputs, data, store, since, minArticles, limit, story };
        command.SetAction(parse =>
        {
            DateTime? from = null;
            if (parse.GetValue(since) is { } s)
            {
                if (!PublicationDate.TryParse(s, out var d))
                {
                    Console.Error.WriteLine($"marsad: --since '{s}' is not a date (expected YYYY-MM-DD)");
                    return CommandRunner.UsageError;
                }
                from = d.Date.ToDateTime(d.Time ?? TimeOnly.MinValue);
            }
            var paths = parse.GetValue(inputs) ?? [];
            if (paths.Length > 0) return Run(paths, from, parse.GetValue(minArticles), Console.Out, Console.Error);
            if (parse.GetValue(story) is { } id) return RunStory(parse.GetValue(data)!, id, Console.Out, Console.Error, parse.GetValue(store));
            return RunStore(parse.GetValue(data)!, from, parse.GetValue(minArticles), parse.GetValue(limit), Console.Out, Console.Error, parse.GetValue(store));
        });
        return command;
    }

    /// <summary>The stored stories active since <paramref name="since"/>, largest first.</summary>
    public static int RunStore(string dataDir, DateTime? since, int minArticles, int limit, TextWriter stdout, TextWriter stderr, string? store = null)
    {
        if (StoreAccess.OpenRelations(dataDir, store, stderr) is not var (reader, relations)) return CommandRunner.SomeFailed;
        using (reader)
        {
            var stories = relations.Stories(since, limit, minArticles);
            stdout.WriteLine($"{stories.Count} stories of {minArticles} or more articles{(since is { } d ? $" active since {Day(d)}" : "")}, largest first");
            foreach (var s in stories)
            {
                stdout.WriteLine();
                stdout.WriteLine($"# {s.Title}   [story {s.Id}]");
                stdout.WriteLine($"  {Day(s.First)} .. {Day(s.Last)}, {s.Articles} articles");
                stdout.WriteLine($"  sources: {string.Join(", ", s.Sources.Select(x => $"{x.Outlet} {x.Articles}"))}");
                if (s.Actors.Count > 0) stdout.WriteLine($"  actors: {string.Join(", ", s.Actors.Select(a => $"{a.Name} {a.Articles}"))}");
            }
            return CommandRunner.Ok;
        }
    }

    /// <summary>One stored story: its articles, then its events and quotes, in time order.</summary>
    public static int RunStory(string dataDir, int id, TextWriter stdout, TextWriter stderr, string? store = null)
    {
        if (StoreAccess.OpenRelations(dataDir, store, stderr) is not var (reader, relations)) return CommandRunner.SomeFailed;
        using (reader)
        {
            if (relations.Story(id) is not { } story)
            {
                stderr.WriteLine($"marsad: no story {id} in {reader.Name} (a story merged into another is listed under that one)");
                return CommandRunner.SomeFailed;
            }
            var s = story.Summary;
            stdout.WriteLine($"# {s.Title}   [story {s.Id}]");
            stdout.WriteLine($"  {Day(s.First)} .. {Day(s.Last)}, {s.Articles} articles; sources: {string.Join(", ", s.Sources.Select(x => $"{x.Outlet} {x.Articles}"))}");
            if (s.Actors.Count > 0) stdout.WriteLine($"  actors: {string.Join(", ", s.Actors.Select(a => $"{a.Name} {a.Articles}"))}");
            stdout.WriteLine();
            stdout.WriteLine("Articles:");
            foreach (var a in story.Articles) stdout.WriteLine($"  {a.Published ?? "-",-20} {a.Source ?? "-",-14} {a.Title ?? a.Id}  {a.Url}");
            stdout.WriteLine();
            stdout.WriteLine($"Events ({story.Events.Count}):");
            foreach (var e in story.Events)
                stdout.WriteLine($"  {e.Date ?? "-",-20} {e.Type,-10} {string.Join(" + ", e.Actors)} -> {string.Join(" + ", e.Recipients)}: {e.Evidence}");
            stdout.WriteLine();
            stdout.WriteLine($"Quotes ({story.Quotes.Count}):");
            foreach (var q in story.Quotes) stdout.WriteLine($"  {q.Date ?? "-",-20} {q.Speaker ?? "(unattributed)"}: «{q.Text}»");
            // the related stories of its thread (a war, an election; a follow-up worded otherwise), itself left out
            var thread = (story.Thread ?? []).Where(t => t.Id != s.Id).ToList();
            if (thread.Count > 0)
            {
                stdout.WriteLine();
                stdout.WriteLine($"Thread ({thread.Count} related stories):");
                foreach (var t in thread) stdout.WriteLine($"  {Day(t.First)} .. {Day(t.Last)}, {t.Articles} articles  {t.Title}   [story {t.Id}]");
            }
            return CommandRunner.Ok;
        }
    }

    public static int Run(IReadOnlyList<string> paths, DateTime? since, int minArticles, TextWriter stdout, TextWriter stderr)
    {
        var copies = new CopyIndex();
        var clusterer = new StoryClusterer();
        int failed = 0;
        foreach (var r in InputArticles.Read(paths))
        {
            if (r.Error is { } e) { stderr.WriteLine($"marsad: {e.Message}"); failed++; continue; }
            var a = r.Article!;
            var (_, found) = copies.Add(a.Text);
            var meta = a.Metadata;
            DateTime? when = meta.Published is { } p ? p.Date.ToDateTime(p.Time ?? TimeOnly.MinValue) : null;
            clusterer.Add(meta.Title, a.Text, meta.Publisher, when, found.Select(m => m.Other));
        }
        var stories = clusterer.Stories
            .Where(s => s.Articles.Count >= minArticles && (since is null || s.Last is null || s.Last >= since))
            .OrderByDescending(s => s.Articles.Count).ToList();
        stdout.WriteLine($"{stories.Count} stories of {minArticles} or more articles");
        foreach (var s in stories)
        {
            stdout.WriteLine();
            stdout.WriteLine($"# {s.Title}");
            stdout.WriteLine($"  {Day(s.First)} .. {Day(s.Last)}, {s.Articles.Count} articles");
            stdout.WriteLine($"  sources: {string.Join(", ", s.Sources.Select(x => $"{x.Outlet} {x.Articles}"))}");
            stdout.WriteLine($"  key terms: {string.Join(" ", s.TopTerms(8).Select(clusterer.Terms.Term))}");
            foreach (var a in s.Timeline)
                stdout.WriteLine($"    {Day(a.Published)}  {a.Publisher,-12} {a.Title}");
        }
        return failed == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
    }

    private static string Day(DateTime? t) => t?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
