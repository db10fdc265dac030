using System.CommandLine;
using System.Globalization;
using Marsad.Analysis;
using Marsad.Analysis.Ner;
using Marsad.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad eval ner-margin --gold eval/news/dev [--margins 0,2,4] [--folds 5] [--model FILE]`: the name mentions of the
/// full pipeline for each sure margin of the tagger (the span margin at which a tagger name counts as sure), over all
/// articles and cross-validated: for each fold of articles (article i in fold i mod K) the margin with the best F1 on
/// the other folds scores the held-out fold. The test split is refused.
/// </summary>
public static class EvalNerMarginCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A folder of *.gold.json files (eval/news/dev; never the test split)", Required = true };
        var margins = new Option<string>("--margins") { Description = "Sure margins to compare, comma-separated", DefaultValueFactory = _ => "0,1,2,3,4,6,8,12" };
        var folds = new Option<int>("--folds") { Description = "Folds of articles for the cross-validated choice", DefaultValueFactory = _ => 5 };
        var model = new Option<string?>("--model") { Description = "A tagger model (default: the shipped one)" };
        var news = new Option<string?>("--news") { Description = "Folder of the SaudiNewsNet zips the gold files name" };
        var foldModels = new Option<string?>("--fold-models") { Description = "A folder of the fold models of `train ner --cross-validate K --fold-models` (same gold folder): each article is tagged by the model that did not learn from it" };
        var spans = new Option<bool>("--spans") { Description = "Instead: the tagger's spans by margin band, whether each is a gold mention and whether the pipeline keeps it" };
        var list = new Option<bool>("--list") { Description = "With --spans: also list the gold mentions the pipeline loses and the other spans it keeps, with their band" };
        var sure = new Option<float?>("--sure-margin") { Description = "With --spans: the pipeline's sure margin (default: the weakest-token confidence the shipped pipeline uses)" };
        var command = new Command("ner-margin", "Choose the tagger's sure margin by cross-validation over annotated articles") { gold, margins, folds, model, news, spans, sure, foldModels, list };
        command.SetAction(parse => parse.GetValue(spans)
            ? Spans(parse.GetValue(gold)!, parse.GetValue(margins)!, Models(parse.GetValue(model), parse.GetValue(foldModels)), parse.GetValue(news), parse.GetValue(sure), Console.Out, parse.GetValue(list))
            : Run(parse.GetValue(gold)!, parse.GetValue(margins)!, parse.GetValue(folds), Models(parse.GetValue(model), parse.GetValue(foldModels)), parse.GetValue(news), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Whether any gold file is the test split's (which settings are never chosen on); says so.</summary>
    private static bool TestSplit(IReadOnlyList<string> files, TextWriter stderr)
    {
        if (!files.Any(f => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(f))) == "test")) return false;
        stderr.WriteLine("marsad: the test split is for evaluation only; choose settings on eval/news/dev");
        return true;
    }

    /// <summary>The model of each fold (article i is tagged by model i mod count): the fold models of a folder, or one model.</summary>
    private static NerModel[] Models(string? modelPath, string? foldModels)
    {
        if (foldModels is null) return [modelPath is null ? NerModel.Embedded : NerModel.Load(modelPath)];
        int k = Directory.GetFiles(foldModels, "fold*of*.nermodel.gz").Length;
        return Enumerable.Range(0, k).Select(f => NerModel.Load(Path.Combine(foldModels, NewsGoldSentences.FoldModelName(f, k)))).ToArray();
    }

    public static int Run(string goldPath, string marginList, int folds, NerModel[] models, string? newsFolder, TextWriter stdout, TextWriter stderr)
    {
        var files = GoldArticle.Find(goldPath);
        if (TestSplit(files, stderr)) return CommandRunner.UsageError;
        if (files.Count < folds || folds < 2) { stderr.WriteLine($"marsad: --folds takes 2 to {files.Count}"); return CommandRunner.UsageError; }
        // the weakest-token confidence first (null), as the shipped pipeline reads it, then each sure margin
        var values = marginList.Split(',').Select(m => (float?)float.Parse(m, CultureInfo.InvariantCulture)).Prepend(null).ToArray();
        var texts = new GoldTexts(newsFolder ?? GoldTexts.DefaultFolder(files[0]));
        // per margin, per article: mentions tp, fp, fn
        var counts = new (int Tp, int Fp, int Fn)[values.Length, files.Count];
        for (int m = 0; m < values.Length; m++)
        {
            var pipelines = models.Select(model => MarsadPipeline.CreateBuilder(new PerceptronNameTagger(model, values[m])).Build()).ToArray();
            var all = new EvaluationTotals();
            for (int a = 0; a < files.Count; a++)
            {
                var one = new AnalysisEvaluation(pipelines[a % pipelines.Length], texts);
                one.Add(files[a]);
                foreach (var problem in one.Problems) stderr.WriteLine($"marsad: {problem}");
                var t = one.Totals;
                counts[m, a] = (t.Mentions.Tp, t.Mentions.Fp, t.Mentions.Fn);
                all.Mentions.Add(t.Mentions.Tp, t.Mentions.Fp, t.Mentions.Fn);
                all.EntitiesNamed += t.EntitiesNamed;
                all.EntitiesNeeded += t.EntitiesNeeded;
                all.References += t.References;
                all.ReferencesResolved += t.ReferencesResolved;
            }
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(values[m] is { } v ? $"margin {v,5:0.##}" : "weakest token")}: mentions P {all.Mentions.Precision:F3} R {all.Mentions.Recall:F3} F1 {all.Mentions.F1:F3} (tp {all.Mentions.Tp}, fp {all.Mentions.Fp}, fn {all.Mentions.Fn})  canonical right {(double)all.EntitiesNamed / Math.Max(1, all.EntitiesNeeded):F3}  references {(double)all.ReferencesResolved / Math.Max(1, all.References):F3}"));
        }
        var pooled = new Prf();
        for (int fold = 0; fold < folds; fold++)
        {
            int best = 0;
            double bestF1 = -1;
            for (int m = 0; m < values.Length; m++)
            {
                var training = new Prf();
                for (int a = 0; a < files.Count; a++)
                    if (a % folds != fold) training.Add(counts[m, a].Tp, counts[m, a].Fp, counts[m, a].Fn);
                if (training.F1 > bestF1) { bestF1 = training.F1; best = m; }
            }
            var heldOut = new Prf();
            for (int a = fold; a < files.Count; a += folds) heldOut.Add(counts[best, a].Tp, counts[best, a].Fp, counts[best, a].Fn);
            pooled.Add(heldOut.Tp, heldOut.Fp, heldOut.Fn);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold + 1}/{folds}: {(values[best] is { } v ? $"margin {v:0.##}" : "weakest token")} (F1 {bestF1:F3} on the other folds), held out F1 {heldOut.F1:F3}"));
        }
        stdout.WriteLine($"{folds}-fold cross-validated: mentions P {pooled.Precision:F3} R {pooled.Recall:F3} F1 {pooled.F1:F3} (tp {pooled.Tp}, fp {pooled.Fp}, fn {pooled.Fn})");
        return CommandRunner.Ok;
    }
    /// <summary>
    /// The tagger's spans in bands of margin (between consecutive values of <paramref name="marginList"/>): how many are
    /// exactly a gold mention's span, and how many of each kind the full pipeline (with <paramref name="sureMargin"/>) keeps
    /// as a mention of exactly that span.
    /// </summary>
    public static int Spans(string goldPath, string marginList, NerModel[] models, string? newsFolder, float? sureMargin, TextWriter stdout, bool list = false)
    {
        var files = GoldArticle.Find(goldPath);
        if (TestSplit(files, Console.Error)) return CommandRunner.UsageError;
        var bounds = marginList.Split(',').Select(m => float.Parse(m, CultureInfo.InvariantCulture)).Order().ToArray();
        var taggers = models.Select(model => bounds.Select(b => new PerceptronNameTagger(model, b)).ToArray()).ToArray();
        var pipelines = models.Select(model => MarsadPipeline.CreateBuilder(new PerceptronNameTagger(model, sureMargin)).Build()).ToArray();
        var texts = new GoldTexts(newsFolder ?? GoldTexts.DefaultFolder(files[0]));
        // per band (index = how many bounds the margin reaches) and per type: gold kept, gold lost, other kept, other dropped
        var table = new Dictionary<(int, string), int[]>();
        for (int a = 0; a < files.Count; a++)
        {
            var gold = GoldArticle.Load(files[a]);
            var article = texts.Read(gold);
            var doc = pipelines[a % models.Length].Analyze(article.Text, article.Metadata);
            var goldSpans = NewsGoldSentences.MentionsOf(gold.Root).Select(m => (m.Start, m.End)).ToHashSet();
            var kept = doc.Layer<Marsad.Analysis.Mention>().Select(m => (m.Span.Start, m.Span.End)).ToHashSet();
            var band = new Dictionary<(int, int, Marsad.Analysis.EntityType), int>();
            foreach (var tagger in taggers[a % models.Length])
                foreach (var t in tagger.Tag(article.Text, doc.Layer<Marsad.Text.Token>(), doc.Layer<Marsad.Analysis.Sentence>()))
                {
                    var key = (t.Span.Start, t.Span.End, t.Type);
                    band[key] = band.GetValueOrDefault(key) + (t.Confidence >= 0.5f ? 1 : 0);
                }
            foreach (var ((start, end, type), b) in band)
            {
                string words = article.Text[start..end].Contains(' ', StringComparison.Ordinal) ? "several words" : "one word";
                foreach (var k in new[] { (b, $"{type} {words}"), (b, "all") })
                {
                    if (!table.TryGetValue(k, out var row)) table[k] = row = new int[4];
                    bool isGold = goldSpans.Contains((start, end)), isKept = kept.Contains((start, end));
                    row[isGold ? (isKept ? 0 : 1) : (isKept ? 2 : 3)]++;
                }
                if (list && goldSpans.Contains((start, end)) != kept.Contains((start, end)))
                    stdout.WriteLine($"{(kept.Contains((start, end)) ? "kept other" : "lost gold"),-11} band {b} {type,-5} {gold.Name} {start}-{end} «{article.Text[start..end]}»  …{article.Text[Math.Max(0, start - 30)..Math.Min(article.Text.Length, end + 30)].Replace('\n', ' ')}…");
            }
        }
        stdout.WriteLine("margin band       type                 gold kept  gold lost  other kept  other dropped");
        foreach (var ((b, type), row) in table.OrderBy(e => e.Key.Item2).ThenBy(e => e.Key.Item1))
        {
            string range = b == 0 ? $"< {bounds[0]}" : b == bounds.Length ? $">= {bounds[^1]}" : $"{bounds[b - 1]}-{bounds[b]}";
            stdout.WriteLine($"{range,-17} {type,-20} {row[0],9} {row[1],10} {row[2],11} {row[3],14}");
        }
        return CommandRunner.Ok;
    }
}
