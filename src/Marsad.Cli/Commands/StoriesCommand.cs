using System.CommandLine;
using Marsad.Analysis;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Stories;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad stories PATH... [--since DATE] [--min-articles N]`: clusters the articles of the inputs into stories
/// and prints each with its title, time span, sources, key terms and timeline. Reads the inputs directly until
/// the article store can be queried instead.
/// </summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH") { Description = "Article files, folders or .zip archives (.json, .jsonl, .txt)", Arity = ArgumentArity.OneOrMore };
        var since = new Option<string?>("--since") { Description = "Only stories with an article on or after this date (YYYY-MM-DD)" };
        var minArticles = new Option<int>("--min-articles") { Description = "Only stories with at least this many articles", DefaultValueFactory = _ => 3 };
        var command = new Command("stories", "Cluster the news stream into stories: title, time span, sources, key terms and timeline") { inputs, since, minArticles };
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
                from = d.Date.ToDateTime(TimeOnly.MinValue);
            }
            return Run(parse.GetValue(inputs)!, from, parse.GetValue(minArticles), Console.Out, Console.Error);
        });
        return command;
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
