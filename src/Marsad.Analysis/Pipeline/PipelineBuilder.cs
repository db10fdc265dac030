namespace Marsad.Analysis.Pipeline;

/// <summary>
/// Collects steps, then builds a pipeline after checking their contracts against the order: every required layer is
/// produced by an earlier step, an optional layer that some step produces is produced by an earlier one (a step never
/// reads a layer written after it), and no layer is produced twice.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnalysisStep> _steps = [];

    public PipelineBuilder Add(IAnalysisStep step)
    {
        _steps.Add(step);
        return this;
    }

    public PipelineBuilder InsertBefore<T>(IAnalysisStep step) where T : IAnalysisStep
    {
        int i = _steps.FindIndex(s => s is T);
        if (i < 0) throw new InvalidOperationException($"No {typeof(T).Name} step to insert before.");
        _steps.Insert(i, step);
        return this;
    }

    public PipelineBuilder Remove<T>() where T : IAnalysisStep
    {
        _steps.RemoveAll(s => s is T);
        return this;
    }

    public AnalysisPipeline Build()
    {
        var produced = new HashSet<Type>();
        foreach (var step in _steps)
        {
            foreach (var need in step.Requires)
                if (!produced.Contains(need))
                    throw new InvalidOperationException($"Step '{step.Name}' requires the {need.Name} layer, which no earlier step produces.");
            // An optional layer no step produces may come from the caller (a document built with layers already set).
            foreach (var wanted in step.Optional)
                if (!produced.Contains(wanted) && _steps.Find(s => s.Produces.Contains(wanted)) is { } later)
                    throw new InvalidOperationException($"Step '{step.Name}' reads the {wanted.Name} layer, which step '{later.Name}' produces, not an earlier step.");
            foreach (var layer in step.Produces)
                if (!produced.Add(layer))
                    throw new InvalidOperationException($"Step '{step.Name}' produces the {layer.Name} layer, which an earlier step already produces.");
        }
        return new AnalysisPipeline([.. _steps]);
    }
}
