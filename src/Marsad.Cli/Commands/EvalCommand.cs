using System.CommandLine;
using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad eval KIND ...`: scores a component against gold data. A command group: `ner` is built in, other
/// evaluations register themselves with <see cref="AddSubcommand"/> before <see cref="Create"/> is called.
/// </summary>
public static class EvalCommand
{
    private static readonly List<Func<Command>> Extra = [];

    /// <summary>Adds `marsad eval NAME` (call before the root command is built, e.g. from Program.cs).</summary>
    public static void AddSubcommand(Func<Command> create) => Extra.Add(create);

    public static Command Create()
    {
        var eval = new Command("eval", "Score a component against gold annotations") { CreateNer() };
        foreach (var create in Extra) eval.Subcommands.Add(create());
        return eval;
    }

    private static Command CreateNer()
    {
        var test = new Option<string>("--test") { Description = "CoNLL file with gold PERS/PER, LOC, ORG, MISC tags", Required = true };
        var model = new Option<string?>("--model") { Description = "Model file (default: the model shipped with Marsad)" };
        var predictions = new Option<string?>("--predictions") { Description = "Also write token, gold and predicted tag per line (conlleval's input) to this file" };
        var ner = new Command("ner", "Entity-level precision, recall and F1 of the named-entity tagger (conlleval style)") { test, model, predictions };
        ner.SetAction(parse => RunNer(parse.GetValue(test)!, parse.GetValue(model), Console.Out, Console.Error, parse.GetValue(predictions)));
        return ner;
    }

    public static int RunNer(string testPath, string? modelPath, TextWriter stdout, TextWriter stderr, string? predictionsPath = null)
    {
        if (!File.Exists(testPath)) { stderr.WriteLine($"marsad: test file '{testPath}' not found"); return CommandRunner.UsageError; }
        if (modelPath is not null && !File.Exists(modelPath)) { stderr.WriteLine($"marsad: model file '{modelPath}' not found"); return CommandRunner.UsageError; }
        var tagger = modelPath is null ? NerModel.Embedded : NerModel.Load(modelPath);
        using var predictions = predictionsPath is null ? null : new StreamWriter(predictionsPath);
        stdout.Write(Evaluate(tagger, ConllCorpus.Read(testPath), predictions).Report());
        return CommandRunner.Ok;
    }

    /// <summary>Tags the sentences in order as one stream (the second pass looks at neighbouring sentences) and scores them.</summary>
    public static NerEvaluation Evaluate(NerModel model, IReadOnlyList<ConllSentence> sentences, TextWriter? predictions = null)
    {
        var evaluation = new NerEvaluation();
        var tagged = model.Predict(sentences.Select(s => s.Tokens).ToList());
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            var predicted = tagged[k];
            evaluation.Add(s.Tags, predicted);
            if (predictions is null) continue;
            for (int i = 0; i < s.Tokens.Length; i++)
                predictions.WriteLine($"{s.Tokens[i]} {NerTags.Names[s.Tags[i]]} {NerTags.Names[predicted[i]]}");
            predictions.WriteLine();
        }
        return evaluation;
    }
}
