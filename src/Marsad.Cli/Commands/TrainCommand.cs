using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Analysis.Json;
using Marsad.Analysis.Pipeline;
using Marsad.Analysis.Ner;
using Marsad.Corpus.Copies;
using Marsad.Evaluation;
using Marsad.Tools.Events;
using Marsad.Tools.Ner;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad train ner --train FILE`: trains the named-entity tagger from a CoNLL file; `marsad train clusters --corpus DIR`:
/// learns the tagger's word clusters from unlabelled news; `marsad train events --gold DIR`:
/// trains the event classifier from annotated news articles and the UniversalPetrarch gold sentences. Both deterministic.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file (token TAG per line, blank line between sentences)", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => "ner.model.gz" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => new NerTrainer().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence shuffle", DefaultValueFactory = _ => new NerTrainer().Seed };
        var window = new Option<int>("--window") { Description = "Sentences on each side that the second (document) pass consults; 0 trains one pass", DefaultValueFactory = _ => new NerTrainer().DocumentWindow };
        var runs = new Option<int>("--runs") { Description = "Independent training runs (different shuffles) whose weights are averaged", DefaultValueFactory = _ => new NerTrainer().Runs };
        var gazetteers = new Option<string?>("--gazetteers") { Description = "Folder of the public gazetteers (default: ../shared/data/gazetteers when present)" };
        var clusters = new Option<string?>("--clusters") { Description = "Word cluster file from `marsad train clusters` (stored inside the model)" };
        var newsGold = new Option<string?>("--news-gold") { Description = "Annotated news to train on as well (a folder of *.gold.json: eval/news/dev; never the test split)" };
        var news = new Option<string?>("--news") { Description = "Folder of the SaudiNewsNet zips the gold files name (default: ../shared/data/news/saudinewsnet/dataset)" };
        var newsWeight = new Option<float>("--news-weight") { Description = "Update size of an annotated news sentence relative to a CoNLL sentence", DefaultValueFactory = _ => 1f };
        var crossValidate = new Option<int>("--cross-validate") { Description = "Instead of writing a model: K-fold cross-validation over the --news-gold articles (train on the CoNLL file and K-1 folds, score the held-out fold's name mentions through the full pipeline)" };
        var foldModels = new Option<string?>("--fold-models") { Description = "With --cross-validate: also write each fold's model to this folder (fold1of5.nermodel.gz…), for `marsad eval ner-margin --fold-models`" };
        var ner = new Command("ner", "Train the named-entity tagger (averaged perceptron, Viterbi over BIO tags)")
        {
            train, output, epochs, seed, window, runs, gazetteers, clusters, newsGold, news, newsWeight, crossValidate, foldModels,
        };
        ner.SetAction(parse => RunNer(parse.GetValue(train)!, parse.GetValue(output)!, parse.GetValue(epochs), parse.GetValue(seed),
                                      parse.GetValue(window), parse.GetValue(gazetteers), Console.Error, parse.GetValue(runs), parse.GetValue(clusters),
                                      new NewsTraining(parse.GetValue(newsGold), parse.GetValue(news), parse.GetValue(newsWeight), parse.GetValue(crossValidate), parse.GetValue(foldModels)), Console.Out));
        return new Command("train", "Train a statistical model") { ner, CreateClusters(), CreateEvents() };
    }

    private static Command CreateClusters()
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Unlabelled news: folders, .zip archives or files of articles (the SaudiNewsNet layout and others `marsad copy` reads)", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Cluster file to write (gzip when it ends in .gz)", DefaultValueFactory = _ => "clusters.tsv.gz" };
        var minCount = new Option<int>("--min-count") { Description = "Word forms seen fewer times get no cluster", DefaultValueFactory = _ => new WordClusterer().MinCount };
        var branching = new Option<string>("--branching") { Description = "Clusters at each level of the tree, coarse to fine", DefaultValueFactory = _ => string.Join(',', new WordClusterer().Branching) };
        var contexts = new Option<int>("--contexts") { Description = "The most frequent tokens that serve as contexts (at ±1 and ±2)", DefaultValueFactory = _ => new WordClusterer().ContextWords };
        var dimensions = new Option<int>("--dimensions") { Description = "Dimensions of the projection that k-means works in", DefaultValueFactory = _ => new WordClusterer().Dimensions };
        var command = new Command("clusters", "Learn word clusters for the name tagger from unlabelled news (PPMI contexts, randomized projection, hierarchical k-means)")
        {
            corpus, output, minCount, branching, contexts, dimensions,
        };
        command.SetAction(parse => RunClusters(parse.GetValue(corpus)!, parse.GetValue(output)!, parse.GetValue(minCount), parse.GetValue(branching)!, Console.Error,
                                               parse.GetValue(contexts), parse.GetValue(dimensions)));
        return command;
    }

    public static int RunClusters(string[] corpus, string outPath, int minCount, string branching, TextWriter log, int contexts = 1000, int dimensions = 96)
    {
        if (minCount < 1 || contexts < 1 || dimensions < 1 || dimensions > 1024)
        {
            log.WriteLine("marsad: --min-count and --contexts take positive numbers, --dimensions 1 to 1024");
            return CommandRunner.UsageError;
        }
        foreach (var path in corpus)
            if (!File.Exists(path) && !Directory.Exists(path)) { log.WriteLine($"marsad: corpus '{path}' not found"); return CommandRunner.UsageError; }
        int[] levels;
        try { levels = branching.Split(',').Select(int.Parse).ToArray(); }
        catch (FormatException) { log.WriteLine($"marsad: --branching takes numbers separated by commas, not '{branching}'"); return CommandRunner.UsageError; }
        if (levels.Length is 0 or > WordClusters.MaxLevels || levels.Any(l => l < 1 || l > 1000))
        {
            log.WriteLine($"marsad: --branching takes 1 to {WordClusters.MaxLevels} levels of 1 to 1000 clusters");
            return CommandRunner.UsageError;
        }
        var clock = Stopwatch.StartNew();
        var texts = InputArticles.Read(corpus).Where(r => r.Article is not null).Select(r => r.Article!.Text);
        var clusterer = new WordClusterer { MinCount = minCount, Branching = levels, ContextWords = contexts, Dimensions = dimensions };
        var result = clusterer.Learn(texts, log.WriteLine);
        WordClusterer.Write(result, outPath);
        log.WriteLine($"wrote {outPath} ({result.Forms.Length} forms, {new FileInfo(outPath).Length / 1024.0:F0} KB) in {clock.Elapsed.TotalSeconds:F1} s");
        return CommandRunner.Ok;
    }

    private static Command CreateEvents()
    {
        var gold = new Option<string>("--gold") { Description = "A folder of *.gold.json files to learn from (eval/news/dev; never the test split)", Required = true };
        var gsr = new Option<string?>("--gsr") { Description = $"The UniversalPetrarch Arabic gold sentences (default: {EvalEventsCommand.DefaultFile} when present; 'none' for none)" };
        var news = new Option<string?>("--news") { Description = "Folder of the SaudiNewsNet zips the gold files name (default: ../shared/data/news/saudinewsnet/dataset)" };
        var output = new Option<string>("--out") { Description = "Model file to write", DefaultValueFactory = _ => "events.model.gz" };
        var seed = new Option<int>("--seed") { Description = "Seed of the shuffle", DefaultValueFactory = _ => new EventTrainer().Seed };
        var gsrWeight = new Option<float>("--gsr-weight") { Description = "Update size of a gold sentence relative to a news article", DefaultValueFactory = _ => new EventTrainer().GsrWeight };
        var beta = new Option<double>("--beta") { Description = "β of the F-measure the threshold maximises on cross-validation (below 1: precision first)", DefaultValueFactory = _ => new EventTrainer().Beta };
        var partiesWrong = new Option<bool>("--learn-parties-wrong") { Description = "Learn an event whose category and sentence are a gold event's but whose parties are wrong as an event (the scorer counts it false)", DefaultValueFactory = _ => new EventTrainer().LearnPartiesWrong };
        var precision = new Option<double?>("--precision") { Description = "Cross-validated news precision the threshold should reach (else the best F-beta)" };
        var command = new Command("events", "Train the event classifier (averaged perceptron over the trigger's context; threshold for precision by cross-validation)")
        {
            gold, gsr, news, output, seed, gsrWeight, beta, partiesWrong, precision,
        };
        command.SetAction(parse => RunEvents(parse.GetValue(gold)!, parse.GetValue(gsr), parse.GetValue(news), parse.GetValue(output)!, parse.GetValue(seed),
                                             parse.GetValue(gsrWeight), parse.GetValue(beta), Console.Out, Console.Error,
                                             parse.GetValue(partiesWrong), parse.GetValue(precision)));
        return command;
    }

    public static int RunEvents(string goldPath, string? gsrPath, string? newsFolder, string outPath, int seed, float gsrWeight, double beta, TextWriter stdout, TextWriter log,
                                bool? learnPartiesWrong = null, double? targetPrecision = null)
    {
        IReadOnlyList<string> files;
        try { files = GoldArticle.Find(goldPath); }
        catch (FileNotFoundException e) { log.WriteLine($"marsad: {e.Message}"); return CommandRunner.UsageError; }
        if (files.Count == 0) { log.WriteLine($"marsad: no *.gold.json files under '{goldPath}'"); return CommandRunner.UsageError; }
        // The test split measures the model; it never trains it.
        if (files.Any(f => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(f))) == "test"))
        {
            log.WriteLine("marsad: the test split is for evaluation only; train on eval/news/dev");
            return CommandRunner.UsageError;
        }
        if (gsrPath is null && File.Exists(EvalEventsCommand.DefaultFile)) gsrPath = EvalEventsCommand.DefaultFile;
        if (gsrPath == "none") gsrPath = null;
        if (gsrPath is not null && !File.Exists(gsrPath)) { log.WriteLine($"marsad: gold sentence file '{gsrPath}' not found"); return CommandRunner.UsageError; }

        var clock = Stopwatch.StartNew();
        var before = MarsadPipeline.CreateBuilder().Remove<EventStep>().Build();
        var texts = new GoldTexts(newsFolder ?? GoldTexts.DefaultFolder(files[0]));
        var data = new EventTrainingData();
        var analysed = new List<(GoldArticle Gold, Document Doc)>();
        foreach (var file in files)
        {
            var g = GoldArticle.Load(file);
            var article = texts.Read(g);
            var doc = before.Analyze(article.Text, article.Metadata);
            analysed.Add((g, doc));
            data.AddArticle(g.Name, doc, d =>
            {
                var (matches, required) = AnalysisScorer.MatchEvents(AnalysisJsonMapping.FromDocument(d), g.Root, g.Name);
                return (matches.Select(m => m switch { EventMatch.Required => EventLabel.Required, EventMatch.Optional => EventLabel.Optional, EventMatch.PartiesWrong => EventLabel.PartiesWrong, _ => EventLabel.False }).ToList(), required);
            });
        }
        log.WriteLine($"{data.NewsArticles} articles: {data.Examples.Count} candidate events, {data.Examples.Count(e => e.Positive)} match gold ({data.NewsRequiredGold} gold events count) [{clock.Elapsed.TotalSeconds:F1} s]");
        if (gsrPath is not null)
        {
            int count = data.Examples.Count;
            foreach (var sentence in GsrReader.Parse(File.ReadAllText(gsrPath)))
            {
                var doc = before.Analyze(sentence.Text);
                if (!doc.HasLayer<Entity>()) doc.SetLayer<Entity>([]);
                data.AddGsrSentence(sentence, doc);
            }
            log.WriteLine($"{data.GsrSentences} gold sentences: {data.Examples.Count - count} PROTEST/ASSAULT candidates [{clock.Elapsed.TotalSeconds:F1} s]");
        }
        var trainer = new EventTrainer
        {
            Seed = seed, GsrWeight = gsrWeight, Beta = beta, TargetPrecision = targetPrecision,
            LearnPartiesWrong = learnPartiesWrong ?? new EventTrainer().LearnPartiesWrong,
        };
        var model = trainer.Train(data, log.WriteLine);
        using (var f = File.Create(outPath)) model.Save(f);
        stdout.WriteLine($"every candidate kept      news P {trainer.Before!.Precision:F3} R {trainer.Before.Recall:F3} F1 {trainer.Before.F1:F3} (tp {trainer.Before.NewsTp}, fp {trainer.Before.NewsFp}, gold {trainer.Before.NewsRequiredGold}); gold sentences P {trainer.Before.GsrPrecision:F3} R {trainer.Before.GsrRecall:F3}");
        var cv = trainer.CrossValidated!;
        stdout.WriteLine($"{trainer.Folds}-fold cross-validated  news P {cv.Precision:F3} R {cv.Recall:F3} F1 {cv.F1:F3} (tp {cv.NewsTp}, fp {cv.NewsFp}, gold {cv.NewsRequiredGold}); gold sentences P {cv.GsrPrecision:F3} R {cv.GsrRecall:F3} (tp {cv.GsrTp}, fp {cv.GsrFp})");
        WriteBreakdown(stdout, data, analysed, trainer);
        log.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0:F1} KB, {model.WeightCount} weights, threshold {model.Threshold:F4}) in {clock.Elapsed.TotalSeconds:F1} s");
        return CommandRunner.Ok;
    }

    /// <summary>
    /// Where the news events are lost, with every candidate kept and with each article's candidates decided by the
    /// model that did not see it; and the held-out precision/recall of the news events at each threshold.
    /// </summary>
    private static void WriteBreakdown(TextWriter w, EventTrainingData data, List<(GoldArticle Gold, Document Doc)> analysed, EventTrainer trainer)
    {
        var scores = trainer.HeldOutScores!;
        var all = new EventBreakdown();
        var heldOut = new EventBreakdown();
        for (int a = 0; a < analysed.Count; a++)
        {
            all.Add(analysed[a].Gold, analysed[a].Doc, data.Articles[a], _ => true);
            heldOut.Add(analysed[a].Gold, analysed[a].Doc, data.Articles[a], i => scores[i] >= trainer.HeldOutThreshold);
        }
        all.Write(w, "every candidate kept");
        heldOut.Write(w, $"{trainer.Folds}-fold cross-validated");
        w.WriteLine("held-out precision/recall of the news events by threshold (score ≥ t kept):");
        var news = Enumerable.Range(0, data.Examples.Count).Where(i => data.Examples[i].FromNews).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        int tp = 0, fp = 0, step = Math.Max(1, news.Length / 12);
        for (int r = 0; r < news.Length; r++)
        {
            var e = data.Examples[news[r]];
            if (e.Label == EventLabel.Required) tp++;
            else if (e.Label is EventLabel.False or EventLabel.PartiesWrong) fp++;
            if ((r + 1) % step == 0 || r + 1 == news.Length)
                w.WriteLine($"  t {scores[news[r]],8:F2}  kept {r + 1,4}  tp {tp,3}  fp {fp,4}  P {(tp + fp == 0 ? 0 : (double)tp / (tp + fp)):F3}  R {(double)tp / Math.Max(1, data.NewsRequiredGold):F3}");
        }
    }

    /// <summary>The annotated-news input of `train ner`: gold folder, corpus folder, sentence weight, cross-validation folds (0: none).</summary>
    public sealed record NewsTraining(string? Gold, string? Corpus, float Weight, int Folds, string? FoldModels = null);

    public static int RunNer(string trainPath, string outPath, int epochs, int seed, int window, string? gazetteerDir, TextWriter log, int runs = 3, string? clusterPath = null,
                             NewsTraining? newsTraining = null, TextWriter? stdout = null)
    {
        if (!File.Exists(trainPath))
        {
            log.WriteLine($"marsad: training file '{trainPath}' not found");
            return CommandRunner.UsageError;
        }
        if (clusterPath is not null && !File.Exists(clusterPath))
        {
            log.WriteLine($"marsad: cluster file '{clusterPath}' not found");
            return CommandRunner.UsageError;
        }
        gazetteerDir ??= DefaultGazetteers();
        if (gazetteerDir is not null && !Directory.Exists(gazetteerDir))
        {
            log.WriteLine($"marsad: gazetteer folder '{gazetteerDir}' not found");
            return CommandRunner.UsageError;
        }
        List<NewsArticleSentences>? newsArticles = null;
        if (newsTraining?.Gold is { } goldPath)
        {
            if (NewsGoldSentences.Load(goldPath, newsTraining.Corpus, newsTraining.Weight, log) is not { } loaded) return CommandRunner.UsageError;
            newsArticles = loaded;
        }
        else if (newsTraining is { Folds: > 0 })
        {
            log.WriteLine("marsad: --cross-validate goes with --news-gold");
            return CommandRunner.UsageError;
        }
        var clock = Stopwatch.StartNew();
        var sentences = ConllCorpus.Read(trainPath);
        NerLexicon Lexicon() => gazetteerDir is null ? new NerLexicon() : NerLexicon.FromGazetteers(gazetteerDir);
        var clusters = clusterPath is null ? null : WordClusters.Load(clusterPath);
        if (clusters is not null) log.WriteLine($"word clusters: {clusterPath} ({clusters.Count} forms)");
        var trainer = new NerTrainer { Epochs = epochs, Seed = seed, DocumentWindow = window, Runs = runs, Clusters = clusters };
        if (newsTraining is { Folds: > 0 } && newsArticles is not null)
            return NewsGoldSentences.CrossValidate(trainer, sentences, newsArticles, newsTraining.Folds, Lexicon, newsTraining.Corpus, stdout ?? Console.Out, log, newsTraining.FoldModels);
        if (newsArticles is not null)
        {
            foreach (var article in newsArticles) sentences.AddRange(article.Sentences);
            log.WriteLine($"+ {newsArticles.Count} annotated news articles ({newsArticles.Sum(a => a.Sentences.Count)} sentences, weight {newsTraining!.Weight})");
        }
        var lexicon = Lexicon();
        log.WriteLine($"{sentences.Count} sentences; gazetteers: {(gazetteerDir ?? "none")} ({lexicon.TokenCount} words, {lexicon.PhraseCount} phrases)");
        var model = trainer.Train(sentences, lexicon, log.WriteLine);
        using (var f = File.Create(outPath)) model.Save(f);
        log.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F2} MB) in {clock.Elapsed.TotalSeconds:F1} s");
        return CommandRunner.Ok;
    }

    /// <summary>../shared/data/gazetteers beside the repository (or the current folder's), when it exists.</summary>
    private static string? DefaultGazetteers()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        for (; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "gazetteers");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        return null;
    }
}
