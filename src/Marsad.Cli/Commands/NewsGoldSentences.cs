using System.Text.Json;
using Marsad.Analysis;
using Marsad.Analysis.Ner;
using Marsad.Evaluation;
using Marsad.Tools.Ner;

namespace Marsad.Cli.Commands;

/// <summary>The training sentences of one annotated article (<see cref="NewsNerSentences"/>) and its gold file.</summary>
public sealed record NewsArticleSentences(string GoldPath, List<ConllSentence> Sentences);

/// <summary>
/// The annotated-news input of `marsad train ner`: gold files of eval/news read with their articles (the record
/// reader of `eval analysis`, text hash checked), turned into tagger sentences; and the cross-validation over those
/// articles that measures what they add on articles the tagger did not learn from.
/// </summary>
public static class NewsGoldSentences
{
    /// <summary>Every article under <paramref name="goldPath"/> as training sentences; null (after saying why) when the input is unusable.</summary>
    public static List<NewsArticleSentences>? Load(string goldPath, string? newsFolder, float weight, TextWriter log)
    {
        IReadOnlyList<string> files;
        try { files = GoldArticle.Find(goldPath); }
        catch (FileNotFoundException e) { log.WriteLine($"marsad: {e.Message}"); return null; }
        if (files.Count == 0) { log.WriteLine($"marsad: no *.gold.json files under '{goldPath}'"); return null; }
        // The test split measures the model; it never trains it.
        if (files.Any(f => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(f))) == "test"))
        {
            log.WriteLine("marsad: the test split is for evaluation only; train on eval/news/dev");
            return null;
        }
        if (!(weight > 0)) { log.WriteLine("marsad: --news-weight takes a positive number"); return null; }
        var texts = new GoldTexts(newsFolder ?? GoldTexts.DefaultFolder(files[0]));
        var articles = new List<NewsArticleSentences>();
        foreach (var file in files)
        {
            try
            {
                var gold = GoldArticle.Load(file);
                var text = texts.Read(gold).Text;
                articles.Add(new NewsArticleSentences(file, NewsNerSentences.From(text, MentionsOf(gold.Root), weight)));
            }
            catch (InvalidDataException e) { log.WriteLine($"marsad: {e.Message}"); return null; }
        }
        return articles;
    }

    /// <summary>The name mentions of a gold file with their entity's type and optional flag.</summary>
    public static List<NewsMention> MentionsOf(JsonElement gold)
    {
        var mentions = new List<NewsMention>();
        if (!gold.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Object) return mentions;
        foreach (var entity in entities.EnumerateObject())
        {
            var e = entity.Value;
            string type = e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            bool optional = e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;
            if (!e.TryGetProperty("mentions", out var list) || list.ValueKind != JsonValueKind.Array) continue;
            foreach (var m in list.EnumerateArray())
                mentions.Add(new NewsMention(m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), type, optional));
        }
        return mentions;
    }

    /// <summary>
    /// K-fold cross-validation over articles (article i is in fold i mod K, files in sorted order): for each fold, a
    /// model trained on <paramref name="conll"/> and the other folds' articles tags the held-out articles inside the
    /// full pipeline, whose name mentions are scored as `marsad eval analysis` scores them. Prints each fold and the pooled figures.
    /// </summary>
    public static int CrossValidate(NerTrainer trainer, List<ConllSentence> conll, List<NewsArticleSentences> articles, int folds,
                                    Func<NerLexicon> lexicon, string? newsFolder, TextWriter stdout, TextWriter log, string? foldModels = null)
    {
        if (folds < 2 || folds > articles.Count) { log.WriteLine($"marsad: --cross-validate takes 2 to {articles.Count} folds"); return CommandRunner.UsageError; }
        var texts = new GoldTexts(newsFolder ?? GoldTexts.DefaultFolder(articles[0].GoldPath));
        var all = articles.SelectMany(a => a.Sentences).ToList();
        log.WriteLine($"{conll.Count} CoNLL sentences; {articles.Count} news articles: {all.Count} sentences, {all.Sum(s => s.Tokens.Length)} tokens, "
                      + $"{all.Sum(s => s.Tags.Count(NerTags.IsBegin))} names, weight {all.FirstOrDefault()?.Weight}");
        var pooled = new EvaluationTotals();
        var taggerPooled = new NerEvaluation();
        for (int fold = 0; fold < folds; fold++)
        {
            var training = new List<ConllSentence>(conll);
            var heldOut = new List<string>();
            var heldOutSentences = new List<NewsArticleSentences>();
            for (int i = 0; i < articles.Count; i++)
                if (i % folds == fold) { heldOut.Add(articles[i].GoldPath); heldOutSentences.Add(articles[i]); }
                else training.AddRange(articles[i].Sentences);
            var model = trainer.Train(training, lexicon(), null);
            log.WriteLine($"fold {fold + 1}/{folds} trained");
            if (foldModels is not null)
            {
                Directory.CreateDirectory(foldModels);
                using var file = File.Create(Path.Combine(foldModels, FoldModelName(fold, folds)));
                model.Save(file);
            }
            var evaluation = new AnalysisEvaluation(MarsadPipeline.CreateBuilder(new PerceptronNameTagger(model)).Build(), texts);
            foreach (var path in heldOut) evaluation.Add(path);
            foreach (var problem in evaluation.Problems) log.WriteLine($"marsad: {problem}");
            var t = evaluation.Totals;
            var tagger = TaggerScore(model, heldOutSentences, taggerPooled);
            stdout.WriteLine($"fold {fold + 1}/{folds}: {heldOut.Count} articles  mentions P {t.Mentions.Precision:F3} R {t.Mentions.Recall:F3} F1 {t.Mentions.F1:F3}  typed F1 {t.MentionsTyped.F1:F3}  canonical right {t.EntitiesNamed}/{t.EntitiesNeeded}  tagger alone F1 {tagger.Overall.F1:F2}");
            pooled.Articles += t.Articles;
            pooled.Mentions.Add(t.Mentions.Tp, t.Mentions.Fp, t.Mentions.Fn);
            pooled.MentionsTyped.Add(t.MentionsTyped.Tp, t.MentionsTyped.Fp, t.MentionsTyped.Fn);
            pooled.EntitiesNamed += t.EntitiesNamed;
            pooled.EntitiesNeeded += t.EntitiesNeeded;
            pooled.References += t.References;
            pooled.ReferencesResolved += t.ReferencesResolved;
        }
        var p = pooled;
        stdout.WriteLine($"{folds}-fold cross-validated over {p.Articles} articles: mentions P {p.Mentions.Precision:F3} R {p.Mentions.Recall:F3} F1 {p.Mentions.F1:F3} "
                         + $"(tp {p.Mentions.Tp}, fp {p.Mentions.Fp}, fn {p.Mentions.Fn})  typed F1 {p.MentionsTyped.F1:F3}  "
                         + $"canonical right {(double)p.EntitiesNamed / Math.Max(1, p.EntitiesNeeded):F3}  references {(double)p.ReferencesResolved / Math.Max(1, p.References):F3}");
        var o = taggerPooled.Overall;
        stdout.WriteLine($"tagger alone (conlleval on the held-out sentences' BIO tags, each article tagged on its own): P {o.Precision:F2} R {o.Recall:F2} F1 {o.F1:F2}");
        return CommandRunner.Ok;
    }

    /// <summary>The file name of fold <paramref name="fold"/>'s model (0-based) among <paramref name="folds"/>: fold1of5.nermodel.gz.</summary>
    public static string FoldModelName(int fold, int folds) => $"fold{fold + 1}of{folds}.nermodel.gz";

    /// <summary>
    /// The tagger on its own: each article's sentences tagged as one document (the second pass sees only that article)
    /// and scored by conlleval against the gold BIO tags; adds to <paramref name="pooled"/> when given.
    /// </summary>
    public static NerEvaluation TaggerScore(NerModel model, IEnumerable<NewsArticleSentences> articles, NerEvaluation? pooled = null)
    {
        var evaluation = new NerEvaluation();
        foreach (var article in articles)
        {
            var predicted = model.Predict(article.Sentences.Select(s => s.Tokens).ToList());
            for (int i = 0; i < predicted.Length; i++)
            {
                evaluation.Add(article.Sentences[i].Tags, predicted[i]);
                pooled?.Add(article.Sentences[i].Tags, predicted[i]);
            }
        }
        return evaluation;
    }
}
