namespace Marsad.Analysis;

/// <summary>What is known about an article besides its text: from the record, the file or the command line.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    /// <summary>The outlet that published this copy, as the record names it (e.g. SaudiNewsNet's "aawsat").</summary>
    public string? Publisher { get; init; }
    /// <summary>Publication time when known.</summary>
    public PublicationDate? Published { get; init; }
    public string? Author { get; init; }
    /// <summary>Where the article was read from (a path, "-" for standard input, or path#record).</summary>
    public string? Location { get; init; }
}
