namespace Marsad.Analysis.Pipeline;

/// <summary>
/// One step of the per-article pipeline, with its contract: the layers it must find (<see cref="Requires"/>), the
/// layers it reads when an earlier step wrote them (<see cref="Optional"/>) and the layers it writes, once
/// (<see cref="Produces"/>). While the step runs in a pipeline the document refuses any other read or write, so the
/// contract is the whole truth about what the step depends on. Steps must be thread-safe: one pipeline instance
/// serves every article.
/// </summary>
public interface IAnalysisStep
{
    string Name { get; }
    IReadOnlyList<Type> Requires { get; }
    IReadOnlyList<Type> Optional { get; }
    IReadOnlyList<Type> Produces { get; }
    void Run(Document document);
}
