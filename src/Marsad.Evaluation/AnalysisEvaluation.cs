using System.Text.Json;
using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Analysis.Json;
using Marsad.Analysis.Pipeline;

namespace Marsad.Evaluation;

/// <summary>
/// `marsad eval analysis`: analyses the article of every gold file with the given pipeline and scores every layer.
/// A gold file that cannot be evaluated (its article missing or changed) is reported and left out; the rest go on.
/// </summary>
/// <param name="explainEvents">Tell each missed gold event why it was missed (the event step's drafts are read again).</param>
public sealed class AnalysisEvaluation(AnalysisPipeline pipeline, GoldTexts texts, bool explainEvents = false)
{
    public EvaluationTotals Totals { get; } = new();
    public List<EvaluationError> Errors { get; } = [];
    public List<string> Problems { get; } = [];

    /// <summary>Scores one gold file; <paramref name="textFile"/> gives the article of a gold file without a record (the reference article).</summary>
    public void Add(string goldPath, string? textFile = null)
    {
        try
        {
            var gold = GoldArticle.Load(goldPath);
            string text;
            ArticleMetadata meta;
            if (textFile is not null)
            {
                text = File.ReadAllText(textFile).Replace("\r\n", "\n", StringComparison.Ordinal);
                meta = new ArticleMetadata { Location = textFile, Published = PublicationDate.TryParse(gold.Published, out var p) ? p : null };
            }
            else
            {
                var article = texts.Read(gold);
                text = article.Text;
                meta = article.Metadata;
            }
            var doc = pipeline.Analyze(text, meta);
            // scored as written and read back, as score.py would read the file
            var analysis = AnalysisJsonReader.Read(AnalysisJsonWriter.ToJson(doc));
            AnalysisScorer.Score(analysis, gold.Root, Totals, gold.Name, Errors, eventDrafts: explainEvents ? EventDrafts(doc) : null);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException or KeyNotFoundException)
        {
            Problems.Add($"{goldPath}: {e.Message}");
        }
    }

    /// <summary>Every event the pipeline's event step drafted in the analysed document, and what became of it.</summary>
    private IReadOnlyList<(JsonEvent, string)>? EventDrafts(Document doc)
    {
        if (pipeline.Steps.OfType<EventStep>().FirstOrDefault() is not { } step) return null;
        JsonSpan Span(Marsad.Text.TextSpan s) => new() { Start = s.Start, End = s.End };
        return [.. step.Diagnose(doc).Select(d => (new JsonEvent
        {
            Type = d.Event.Type, Actor = d.Event.Actor, Recipient = d.Event.Recipient, Evidence = Span(d.Event.Evidence), Trigger = Span(d.Event.Trigger),
        }, d.Stage switch
        {
            EventStage.Kept => "kept",
            EventStage.Rejected => "rejected by the classifier",
            EventStage.NoActor => "dropped: no actor",
            EventStage.UnnamedActor => "dropped: unnamed actor",
            EventStage.ToldAgain => "joined to an earlier event",
            _ => d.Stage.ToString(),
        }))];
    }
}
