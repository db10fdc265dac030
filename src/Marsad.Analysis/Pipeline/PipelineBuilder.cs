namespace Marsad.Analysis.Pipeline;

/// <summary>Collects steps, then builds a pipeline after checking that every required layer is produced earlier.</summary>
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
            foreach (var layer in step.Produces)
                if (!produced.Add(layer))
                    throw new InvalidOperationException($"Step '{step.Name}' produces the {layer.Name} layer, which an earlier step already produces.");
        }
        return new AnalysisPipeline([.. _steps]);
    }
}
