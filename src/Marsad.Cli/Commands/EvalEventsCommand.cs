using System.CommandLine;
using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Analysis.Pipeline;
using Marsad.Tools.Events;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad eval events [--file GSR.xml]`: scores the PLOVER event coder on the UniversalPetrarch Arabic gold sentences
/// (PROTEST and ASSAULT): detection precision, recall and F1, category accuracy, actor and recipient accuracy.
/// </summary>
public static class EvalEventsCommand
{
    public const string DefaultFile = "../shared/data/events/universalpetrarch-arabic/arabic_gsr_validation_18-11-14.xml";

    public static Command Create()
    {
        var file = new Option<string>("--file") { Description = "The gold file (arabic_gsr_validation_18-11-14.xml)", DefaultValueFactory = _ => DefaultFile };
        var model = new Option<string?>("--event-model") { Description = "An event classifier to use instead of the embedded one (`marsad train events`)" };
        var errors = new Option<bool>("--errors") { Description = "Also list every sentence whose event, category, actor or recipient is missed or wrong" };
        var command = new Command("events", "Event detection, PLOVER category, actor and recipient on the UniversalPetrarch Arabic gold sentences") { file, model, errors };
        command.SetAction(parse => Run(parse.GetValue(file)!, Console.Out, Console.Error, parse.GetValue(model), parse.GetValue(errors)));
        return command;
    }

    public static int Run(string path, TextWriter stdout, TextWriter stderr, string? eventModel = null, bool errors = false)
    {
        if (!File.Exists(path)) { stderr.WriteLine($"marsad: gold file '{path}' not found"); return CommandRunner.UsageError; }
        if (eventModel is not null && !File.Exists(eventModel)) { stderr.WriteLine($"marsad: event model '{eventModel}' not found"); return CommandRunner.UsageError; }
        var gold = GsrReader.Parse(File.ReadAllText(path));
        var lines = new List<string>();
        var scores = CreateEvaluation(eventModel is null ? null : EventModel.Load(eventModel)).Score(gold, errors ? lines.Add : null);
        stdout.WriteLine($"sentences          {scores.Sentences} (PROTEST and ASSAULT, one gold event each)");
        stdout.WriteLine($"event detection    P {scores.Precision:F3} R {scores.Recall:F3} F1 {scores.F1:F3}  (tp {scores.TruePositives}, fp {scores.FalsePositives}, fn {scores.FalseNegatives})");
        stdout.WriteLine($"category right     {scores.TypeAccuracy:F3} of detected ({scores.TypeRight}/{scores.TruePositives})");
        stdout.WriteLine($"actor right        {scores.ActorAccuracy:F3} of detected with a gold actor ({scores.ActorRight}/{scores.ActorGold})");
        stdout.WriteLine($"recipient right    {scores.RecipientAccuracy:F3} of detected with a gold recipient ({scores.RecipientRight}/{scores.RecipientGold})");
        if (errors)
        {
            stdout.WriteLine($"## errors ({lines.Count})");
            foreach (var line in lines) stdout.WriteLine(line);
        }
        return CommandRunner.Ok;
    }

    /// <summary>The default pipeline up to the event step, then the event step (with the embedded classifier unless another is given).</summary>
    public static GsrEvaluation CreateEvaluation(EventModel? model = null) =>
        new(MarsadPipeline.CreateBuilder().Remove<EventStep>().Build(), model is null ? new EventStep() : new EventStep(model));
}
