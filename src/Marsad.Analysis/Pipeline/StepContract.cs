namespace Marsad.Analysis.Pipeline;

/// <summary>
/// What one step may read and write, as sets built once with the pipeline: while the step runs, the document checks
/// every layer access against them (a set lookup), so an undeclared dependency fails where it happens, naming the step.
/// </summary>
internal sealed class StepContract
{
    private readonly HashSet<Type> _reads;
    private readonly HashSet<Type> _writes;

    public StepContract(IAnalysisStep step)
    {
        Name = step.Name;
        _writes = [.. step.Produces];
        // A step may read back what it wrote itself.
        _reads = [.. step.Requires, .. step.Optional, .. step.Produces];
    }

    public string Name { get; }

    public void CheckRead(Type layer)
    {
        if (!_reads.Contains(layer))
            throw new InvalidOperationException($"Step '{Name}' read the {layer.Name} layer, which it does not declare (Requires or Optional).");
    }

    public void CheckWrite(Type layer)
    {
        if (!_writes.Contains(layer))
            throw new InvalidOperationException($"Step '{Name}' wrote the {layer.Name} layer, which it does not declare (Produces).");
    }
}
