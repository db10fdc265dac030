using System.Collections.Immutable;
using Marsad.Analysis.Pipeline;

namespace Marsad.Analysis;

/// <summary>
/// One article: an immutable text and the typed layers that pipeline steps add over it. A layer is written once and
/// frozen (the document keeps its own immutable copy); reading a layer that no step wrote gives an empty list. While a
/// pipeline step runs, reading or writing a layer outside its declared contract throws.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<Type, object> _layers = [];

    public Document(string text, ArticleMetadata? metadata = null)
    {
        Text = NormalizeLineEndings(text);
        Metadata = metadata ?? new ArticleMetadata();
    }

    /// <summary>The body exactly as read, with CRLF (and lone CR) turned into LF.</summary>
    public string Text { get; }

    public ArticleMetadata Metadata { get; }

    /// <summary>
    /// The source chain layer's one value: the structure step writes it (empty when nothing names a source), so this is
    /// null before that step runs or when no source is named.
    /// </summary>
    public SourceChain? Source => Layer<SourceChain>() is [var chain] ? chain : null;

    /// <summary>The contract of the pipeline step now running on this document; null outside a pipeline run.</summary>
    internal StepContract? RunningStep { get; set; }

    public IReadOnlyList<T> Layer<T>()
    {
        RunningStep?.CheckRead(typeof(T));
        return _layers.TryGetValue(typeof(T), out var layer) ? (IReadOnlyList<T>)layer : [];
    }

    public bool HasLayer<T>()
    {
        RunningStep?.CheckRead(typeof(T));
        return _layers.ContainsKey(typeof(T));
    }

    /// <summary>
    /// Adds a layer; each layer type is written by exactly one step. The document stores an immutable copy, so changing
    /// <paramref name="items"/> afterwards does not change the document, and no reader can change what it is given.
    /// </summary>
    public void SetLayer<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        RunningStep?.CheckWrite(typeof(T));
        if (_layers.ContainsKey(typeof(T)))
            throw new InvalidOperationException($"The {typeof(T).Name} layer was already written.");
        // An ImmutableArray is kept as it is; anything else is copied. Boxed once here, so reads do not allocate.
        _layers.Add(typeof(T), items is ImmutableArray<T> frozen ? frozen : ImmutableArray.CreateRange(items));
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
