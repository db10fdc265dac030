namespace Marsad.Analysis.Pipeline;

/// <summary>An ordered, validated, immutable list of steps; reuse one instance for every article.</summary>
public sealed class AnalysisPipeline
{
    private readonly IAnalysisStep[] _steps;

    internal AnalysisPipeline(IAnalysisStep[] steps) => _steps = steps;

    public IReadOnlyList<IAnalysisStep> Steps => _steps;

    public Document Analyze(Document document)
    {
        foreach (var step in _steps) step.Run(document);
        return document;
    }

    public Document Analyze(string text, ArticleMetadata? metadata = null) => Analyze(new Document(text, metadata));
}
