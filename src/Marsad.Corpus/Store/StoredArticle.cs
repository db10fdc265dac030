namespace Marsad.Corpus.Store;

/// <summary>
/// One article of the store. <see cref="Seq"/> is the store's commit order (1, 2, 3…; never reused);
/// <see cref="Id"/> is the stable id (see <see cref="ArticleIdentity"/>).
/// </summary>
/// <param name="Published">ISO date or date-time in UTC, as in the analysis JSON; null when unknown.</param>
/// <param name="Source">The outlet as the input named it (SaudiNewsNet's "aawsat"), or the publisher the analysis found.</param>
public sealed record StoredArticle(
    long Seq,
    string Id,
    string? Url,
    string ContentHash,
    string? Title,
    string? Published,
    string? Source,
    string? Author,
    string? Location,
    string Text,
    string AnalysisJson)
{
    /// <summary>The publication day as yyyyMMdd, or 0 when unknown.</summary>
    public int Day => DayOf(Published);

    public static int DayOf(string? published) =>
        published is { Length: >= 10 } p && DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", out var d) ? d.Year * 10000 + d.Month * 100 + d.Day : 0;
}

/// <summary>An article ready to store: identity, metadata (the URL as given), body and its analysis as AnalysisJsonWriter wrote it.</summary>
public sealed record NewArticle(ArticleIdentity Identity, string? Url, string? Title, string? Published, string? Source, string? Author, string? Location, string Text, string AnalysisJson);
