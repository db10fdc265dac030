using Marsad.Analysis;

namespace Marsad.Corpus.Reading;

/// <summary>An article as read: its body and what the input said about it.</summary>
public sealed record ArticleInput(string Text, ArticleMetadata Metadata);

/// <summary>
/// One item of a read: an article, the reason an input (or one record of it) could not be read, or a record
/// skipped because it holds nothing to analyse (no text and no title: a crawler's failed download). An article
/// may come with a <see cref="Warning"/> (a field that could not be used, such as an unreadable date).
/// </summary>
public readonly record struct ReadResult(ArticleInput? Article, InputException? Error, string? SkippedBecause = null, string? Warning = null)
{
    public static ReadResult Skip(string reason) => new(null, null, reason);

    public static implicit operator ReadResult(ArticleInput a) => new(a, null);
    public static implicit operator ReadResult(InputException e) => new(null, e);
}
