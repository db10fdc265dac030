using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Analysis;
using Marsad.Corpus.Reading;

namespace Marsad.Corpus.Queue;

/// <summary>
/// One queued article: the input as read (body and metadata) and its place in the publisher's order (run, number),
/// which the relation leader follows so that copies and stories come out as one process would make them.
/// </summary>
public sealed record ArticleMessage(
    [property: JsonPropertyName("run")] long Run,
    [property: JsonPropertyName("n")] long Ordinal,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("title")] string? Title = null,
    [property: JsonPropertyName("url")] string? Url = null,
    [property: JsonPropertyName("publisher")] string? Publisher = null,
    [property: JsonPropertyName("published")] string? Published = null,
    [property: JsonPropertyName("author")] string? Author = null,
    [property: JsonPropertyName("location")] string? Location = null)
{
    public static ArticleMessage From(long run, long ordinal, ArticleInput input) =>
        new(run, ordinal, input.Text, input.Metadata.Title, input.Metadata.Url, input.Metadata.Publisher,
            input.Metadata.Published?.ToString(), input.Metadata.Author, input.Metadata.Location);

    public ArticleInput ToInput() => new(Text, new ArticleMetadata
    {
        Title = Title, Url = Url, Publisher = Publisher, Author = Author, Location = Location,
        Published = PublicationDate.TryParse(Published, out var d) ? d : null,
    });

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, ArticleMessageJson.Default.ArticleMessage);

    /// <summary>The message in <paramref name="body"/>; throws <see cref="JsonException"/> when it is not one.</summary>
    public static ArticleMessage Parse(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, ArticleMessageJson.Default.ArticleMessage) ?? throw new JsonException("the message is JSON null");
}

[JsonSerializable(typeof(ArticleMessage))]
internal sealed partial class ArticleMessageJson : JsonSerializerContext;
