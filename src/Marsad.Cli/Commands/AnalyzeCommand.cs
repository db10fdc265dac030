using System.CommandLine;
using System.Text;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Corpus.Reading;

namespace Marsad.Cli.Commands;

/// <summary>`marsad analyze FILE...`: JSON analysis of each article to stdout, errors to stderr.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Article files (.txt, .json, .jsonl) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD, for inputs whose metadata has none" };
        var format = new Option<string?>("--format") { Description = "json (one object, or an array for several) or jsonl (one object per line); default: json for one article, jsonl for several" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse inputs larger than this many bytes", DefaultValueFactory = _ => new ArticleReader().MaxBytes };
        var indent = new Option<bool>("--indent") { Description = "Indent the JSON" };
        var command = new Command("analyze", "Analyse articles: names, quotes, times, figures, events and the source chain, as JSON")
        {
            files, published, format, maxBytes, indent,
        };
        command.SetAction(parse =>
        {
            PublicationDate? date = null;
            string? publishedText = parse.GetValue(published);
            if (publishedText is not null)
            {
                if (!PublicationDate.TryParse(publishedText, out var d))
                {
                    Console.Error.WriteLine($"marsad: --published '{publishedText}' is not a date (expected YYYY-MM-DD)");
                    return CommandRunner.UsageError;
                }
                date = d;
            }
            var reader = new ArticleReader { MaxBytes = parse.GetValue(maxBytes) };
            return Run(parse.GetValue(files)!, reader, date, parse.GetValue(format), parse.GetValue(indent), Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> inputs, ArticleReader reader, PublicationDate? published, string? format, bool indent, TextWriter stdout, TextWriter stderr)
    {
        var pipeline = MarsadPipeline.Default;
        var outputs = new List<string>();
        int failed = 0, skipped = 0;
        foreach (var input in inputs)
        {
            foreach (var item in reader.Read(input))
            {
                if (item.Warning is { } warning) stderr.WriteLine($"marsad: warning: {warning}");
                if (item.SkippedBecause is not null)
                {
                    skipped++;
                    continue;
                }
                if (item.Error is { } error)
                {
                    stderr.WriteLine($"marsad: {error.Message}");
                    failed++;
                    continue;
                }
                var article = item.Article!;
                var meta = article.Metadata.Published is null && published is not null ? article.Metadata with { Published = published } : article.Metadata;
                try
                {
                    var doc = pipeline.Analyze(article.Text, meta);
                    outputs.Add(AnalysisJsonWriter.ToJson(doc, indent && format != "jsonl"));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    stderr.WriteLine($"marsad: {meta.Location}: analysis failed ({e.GetType().Name}: {e.Message})");
                    failed++;
                }
            }
        }
        format ??= outputs.Count == 1 && inputs.Count == 1 ? "json" : "jsonl";
        if (format == "json" && outputs.Count != 1)
            stdout.WriteLine("[" + string.Join(",", outputs) + "]");
        else
            foreach (var o in outputs) stdout.WriteLine(o);
        stdout.Flush();
        if (skipped > 0) stderr.WriteLine($"marsad: analysed {outputs.Count} articles; skipped {skipped} empty records (no text and no title)");
        return failed == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
    }
}
