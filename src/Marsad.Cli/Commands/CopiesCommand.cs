using System.CommandLine;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad copies PATH... [--article URL]`: finds the copies among the articles of the inputs (files, folders,
/// zips), names each group's original, and prints who republishes whom. Reads the inputs directly until the
/// article store can be queried instead.
/// </summary>
public static class CopiesCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH") { Description = "Article files, folders or .zip archives (.json, .jsonl, .txt)", Arity = ArgumentArity.OneOrMore };
        var article = new Option<string?>("--article") { Description = "Show only the copies of the article with this URL (or location)" };
        var command = new Command("copies", "Group copies and republications, name each original, and count who republishes whom") { inputs, article };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(article), Console.Out, Console.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, string? articleUrl, TextWriter stdout, TextWriter stderr)
    {
        var index = new CopyIndex();
        var graph = new SyndicationGraph();
        var articles = new List<ArticleInput>();
        int failed = 0;
        foreach (var r in InputArticles.Read(paths))
        {
            if (r.Error is { } e) { stderr.WriteLine($"marsad: {e.Message}"); failed++; continue; }
            var a = r.Article!;
            var fingerprint = index.Fingerprint(a.Text);
            var (_, copies) = index.Add(fingerprint);
            graph.Add(SyndicationSource.Of(a.Text, a.Metadata, fingerprint.Words), copies);
            articles.Add(a);
        }
        if (articleUrl is not null)
        {
            int id = articles.FindIndex(a => a.Metadata.Url == articleUrl || a.Metadata.Location == articleUrl);
            if (id < 0)
            {
                stderr.WriteLine($"marsad: no article with URL or location '{articleUrl}' in the inputs");
                return CommandRunner.UsageError;
            }
            var group = graph.GroupOf(id);
            if (group.Members.Count == 1) stdout.WriteLine("No copies.");
            else WriteGroup(stdout, group, articles, graph);
            return failed == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
        }
        var groups = graph.Groups().OrderByDescending(g => g.Members.Count).ToList();
        stdout.WriteLine($"{articles.Count} articles, {groups.Count} groups of copies ({groups.Sum(g => g.Members.Count)} articles)");
        foreach (var g in groups) WriteGroup(stdout, g, articles, graph);
        stdout.WriteLine();
        stdout.WriteLine("Who republishes whom (origin -> republisher: articles):");
        foreach (var ((from, to), n) in graph.Edges().OrderByDescending(kv => kv.Value))
            stdout.WriteLine($"  {from} -> {to}: {n}");
        return failed == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
    }

    private static void WriteGroup(TextWriter w, CopyGroup g, List<ArticleInput> articles, SyndicationGraph graph)
    {
        w.WriteLine();
        w.WriteLine($"{g.Members.Count} copies; origin {g.Origin ?? "unknown"} ({g.Reason})");
        foreach (int m in g.Members.OrderBy(m => m))
        {
            var meta = articles[m].Metadata;
            string mark = m == g.Original ? "*" : " ";
            w.WriteLine($" {mark} {meta.Published?.ToString() ?? "-",-20} {graph.Source(m).Publisher ?? "-",-12} {meta.Title ?? meta.Location}  {meta.Url}");
        }
    }
}
