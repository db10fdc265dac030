namespace Marsad.Analysis.Pipeline;

/// <summary>
/// One step of the per-article pipeline. A step reads the layers it requires and writes the layers it
/// produces, once. Steps must be thread-safe: one pipeline instance serves every article.
/// </summary>
public interface IAnalysisStep
{
    string Name { get; }
    IReadOnlyList<Type> Requires { get; }
    IReadOnlyList<Type> Produces { get; }
    void Run(Document document);
}
