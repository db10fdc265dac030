namespace Marsad.Analysis.Pipeline;

/// <summary>
/// An ordered, validated, immutable list of steps; reuse one instance for every article. Each step runs under its
/// contract: the document refuses a read or write of a layer the step does not declare.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly IAnalysisStep[] _steps;
    private readonly StepContract[] _contracts;

    internal AnalysisPipeline(IAnalysisStep[] steps)
    {
        _steps = steps;
        _contracts = Array.ConvertAll(steps, s => new StepContract(s));
    }

    public IReadOnlyList<IAnalysisStep> Steps => _steps;

    public Document Analyze(Document document)
    {
        var outer = document.RunningStep;
        try
        {
            for (int i = 0; i < _steps.Length; i++)
            {
                document.RunningStep = _contracts[i];
                _steps[i].Run(document);
            }
        }
        finally
        {
            // After the run (or a failed step) the document is open to any reader again.
            document.RunningStep = outer;
        }
        return document;
    }

    public Document Analyze(string text, ArticleMetadata? metadata = null) => Analyze(new Document(text, metadata));
}
