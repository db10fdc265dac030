using System.CommandLine;
using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Evaluation;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad eval analysis --gold PATH [--text FILE] [--errors] [--json]`: every layer of the analysis scored against
/// hand-annotated gold files (eval/news, or the reference article with --text), with score.py's matching rules.
/// </summary>
public static class EvalAnalysisCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "A gold file or a folder of *.gold.json files (eval/news/dev, eval/news/test)", Required = true };
        var text = new Option<string?>("--text") { Description = "The article of a single gold file that names no record (the reference article)" };
        var news = new Option<string?>("--news") { Description = "Folder of the SaudiNewsNet zips the gold files name (default: ../shared/data/news/saudinewsnet/dataset)" };
        var errors = new Option<bool>("--errors") { Description = "Also list every miss and false hit with its text, grouped by layer; a missed event says why (no trigger, wrong type, parties, classifier)" };
        var json = new Option<bool>("--json") { Description = "Print the figures and counts as JSON" };
        var eventModel = new Option<string?>("--event-model") { Description = "An event classifier to use instead of the embedded one (`marsad train events`)" };
        var command = new Command("analysis", "Score every layer of the analysis (names, references, quotes, speakers, times, figures, events, sections, source) against gold files")
        {
            gold, text, news, errors, json, eventModel,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(text), parse.GetValue(news), parse.GetValue(errors), parse.GetValue(json), Console.Out, Console.Error,
                                       parse.GetValue(eventModel)));
        return command;
    }

    public static int Run(string goldPath, string? textFile, string? newsFolder, bool listErrors, bool json, TextWriter stdout, TextWriter stderr, string? eventModel = null)
    {
        if (eventModel is not null && !File.Exists(eventModel)) { stderr.WriteLine($"marsad: event model '{eventModel}' not found"); return CommandRunner.UsageError; }
        IReadOnlyList<string> files;
        try { files = GoldArticle.Find(goldPath); }
        catch (FileNotFoundException e) { stderr.WriteLine($"marsad: {e.Message}"); return CommandRunner.UsageError; }
        if (files.Count == 0) { stderr.WriteLine($"marsad: no *.gold.json files under '{goldPath}'"); return CommandRunner.UsageError; }
        if (textFile is not null && (files.Count != 1 || !File.Exists(textFile)))
        {
            stderr.WriteLine(files.Count != 1 ? "marsad: --text goes with a single gold file" : $"marsad: text file '{textFile}' not found");
            return CommandRunner.UsageError;
        }
        var evaluation = new AnalysisEvaluation(eventModel is null ? MarsadPipeline.Default
                : MarsadPipeline.CreateBuilder().Remove<EventStep>().Add(new EventStep(EventModel.Load(eventModel))).Build(), new GoldTexts(newsFolder ?? GoldTexts.DefaultFolder(files[0])), explainEvents: listErrors);
        foreach (var file in files) evaluation.Add(file, textFile);
        foreach (var problem in evaluation.Problems) stderr.WriteLine($"marsad: {problem}");
        if (evaluation.Totals.Articles == 0) return CommandRunner.SomeFailed;
        stdout.Write(json ? evaluation.Totals.ToJson() + "\n" : evaluation.Totals.Report());
        if (listErrors) WriteErrors(evaluation.Errors, stdout);
        return evaluation.Problems.Count == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
    }

    private static void WriteErrors(IReadOnlyList<EvaluationError> errors, TextWriter stdout)
    {
        foreach (var layer in errors.GroupBy(e => e.Layer))
        {
            stdout.WriteLine();
            stdout.WriteLine($"## {layer.Key} ({layer.Count()})");
            foreach (var e in layer)
            {
                string where = e.End > e.Start ? $" {e.Start}-{e.End} «{Clip(e.Text)}»" : "";
                stdout.WriteLine($"{e.Kind,-12} {e.Doc}{where}  {e.Detail}");
            }
        }
    }

    private static string Clip(string s) => (s.Length <= 120 ? s : s[..120] + "…").Replace('\n', ' ');
}
