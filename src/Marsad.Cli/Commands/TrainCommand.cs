using System.CommandLine;
using System.Diagnostics;
using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;

namespace Marsad.Cli.Commands;

/// <summary>`marsad train ner --train FILE`: trains the named-entity tagger from a CoNLL file, deterministically.</summary>
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
        var ner = new Command("ner", "Train the named-entity tagger (averaged perceptron, Viterbi over BIO tags)")
        {
            train, output, epochs, seed, window, runs, gazetteers,
        };
        ner.SetAction(parse => RunNer(parse.GetValue(train)!, parse.GetValue(output)!, parse.GetValue(epochs), parse.GetValue(seed),
                                      parse.GetValue(window), parse.GetValue(gazetteers), Console.Error, parse.GetValue(runs)));
        return new Command("train", "Train a statistical model") { ner };
    }

    public static int RunNer(string trainPath, string outPath, int epochs, int seed, int window, string? gazetteerDir, TextWriter log, int runs = 3)
    {
        if (!File.Exists(trainPath))
        {
            log.WriteLine($"marsad: training file '{trainPath}' not found");
            return CommandRunner.UsageError;
        }
        gazetteerDir ??= DefaultGazetteers();
        if (gazetteerDir is not null && !Directory.Exists(gazetteerDir))
        {
            log.WriteLine($"marsad: gazetteer folder '{gazetteerDir}' not found");
            return CommandRunner.UsageError;
        }
        var clock = Stopwatch.StartNew();
        var sentences = ConllCorpus.Read(trainPath);
        var lexicon = gazetteerDir is null ? new NerLexicon() : NerLexicon.FromGazetteers(gazetteerDir);
        log.WriteLine($"{sentences.Count} sentences; gazetteers: {(gazetteerDir ?? "none")} ({lexicon.TokenCount} words, {lexicon.PhraseCount} phrases)");
        var model = new NerTrainer { Epochs = epochs, Seed = seed, DocumentWindow = window, Runs = runs }.Train(sentences, lexicon, log.WriteLine);
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
