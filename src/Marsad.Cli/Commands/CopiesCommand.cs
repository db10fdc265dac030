using System.CommandLine;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad copies [ARTICLE] [--data DIR | --store STORE]`: an article's copy group from the corpus store (its original, why, and
/// every copy with its overlap), or without ARTICLE who republishes whom across the store.
/// `marsad copies PATH... [--article URL]` does the same over files, folders or zips without a store.
/// </summary>
public static class CopiesCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("ARTICLE|PATH")
        {
            Description = "An article id or URL of the store; or article files, folders or .zip archives (.json, .jsonl, .txt) to read instead",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var article = new Option<string?>("--article") { Description = "With PATHs: show only the copies of the article with this URL (or location)" };
        var command = new Command("copies", "An article's copies and original, or who republishes whom (from the store, or from files)") { inputs, data, store, article };
        command.SetAction(parse =>
        {
            var args = parse.GetValue(inputs) ?? [];
            // Existing files or folders are inputs to read; anything else names a stored article.
            if (args.Length > 0 && args.All(a => File.Exists(a) || Directory.Exists(a)))
                return Run(args, parse.GetValue(article), Console.Out, Console.Error);
            if (args.Length > 1) { Console.Error.WriteLine("marsad: give one ARTICLE id or URL (or only existing files and folders)"); return CommandRunner.UsageError; }
            return RunStore(parse.GetValue(data)!, args.FirstOrDefault(), Console.Out, Console.Error, parse.GetValue(store));
        });
        return command;
    }

    /// <summary>From the store: the copy group of <paramref name="articleId"/>, or the source graph when it is null.</summary>
    public static int RunStore(string dataDir, string? articleId, TextWriter stdout, TextWriter stderr, string? store = null)
    {
        if (StoreAccess.OpenRelations(dataDir, store, stderr) is not var (reader, relations)) return CommandRunner.SomeFailed;
        using (reader)
        {
            if (articleId is null)
            {
                var edges = relations.SourceGraph();
                stdout.WriteLine($"Who republishes whom ({edges.Count} pairs of outlets; articles crediting the origin, detected copies):");
                foreach (var e in edges) stdout.WriteLine($"  {e.Origin} -> {e.Republisher}: {e.Credited} credited, {e.Copied} copied");
                return CommandRunner.Ok;
            }
            if (relations.CopiesOf(articleId) is not { } group)
            {
                stderr.WriteLine($"marsad: no article with id or URL '{articleId}' in {reader.Name}");
                return CommandRunner.SomeFailed;
            }
            stdout.WriteLine($"{group.Article.Title ?? group.Article.Id}  {group.Article.Url}");
            stdout.WriteLine($"  {group.Article.Published ?? "-"}  {group.Article.Source ?? "-"}  id {group.Article.Id}");
            if (group.Copies.Count == 0) { stdout.WriteLine("No copies."); return CommandRunner.Ok; }
            string original = group.Original is { } o ? (o.Id == group.Article.Id ? "this article" : $"{o.Title ?? o.Id}  {o.Url}") : "not in the store";
            stdout.WriteLine($"Origin: {group.Origin ?? "unknown"} ({group.Reason}); original: {original}");
            stdout.WriteLine($"{group.Copies.Count} other copies (coverage = share of the shorter text found in the other; * = the original, ~ = linked through another copy):");
            foreach (var c in group.Copies)
            {
                string mark = c.Article.Id == group.Original?.Id ? "*" : c.Direct ? " " : "~";
                stdout.WriteLine($" {mark} {c.Article.Published ?? "-",-20} {c.Article.Source ?? "-",-14} {c.Coverage,5:0.00}  {c.Article.Title ?? c.Article.Id}  {c.Article.Url}");
            }
            return CommandRunner.Ok;
        }
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
