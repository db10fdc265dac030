using System.Text.Json;
using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Analysis.Pipeline;

namespace Marsad.Evaluation;

/// <summary>
/// `marsad eval analysis`: analyses the article of every gold file with the given pipeline and scores every layer.
/// A gold file that cannot be evaluated (its article missing or changed) is reported and left out; the rest go on.
/// </summary>
public sealed class AnalysisEvaluation(AnalysisPipeline pipeline, GoldTexts texts)
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
            AnalysisScorer.Score(analysis, gold.Root, Totals, gold.Name, Errors);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException or KeyNotFoundException)
        {
            Problems.Add($"{goldPath}: {e.Message}");
        }
    }
}
