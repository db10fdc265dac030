using System.Text.Json;
using Marsad.Analysis;

namespace Marsad.Corpus.Reading;

/// <summary>
/// News records as JSON: one object, an array of objects, or JSON Lines. Fields (SaudiNewsNet and common
/// crawler names): title, content/text/body, published/date/date_extracted/datePublished, source/publisher,
/// url, author.
/// </summary>
public static class JsonRecordReader
{
    private static readonly string[] BodyFields = ["content", "text", "body", "article", "maintext"];
    private static readonly string[] DateFields = ["published", "date_published", "datePublished", "date", "date_extracted", "pubDate"];
    private static readonly string[] SourceFields = ["source", "publisher", "source_domain", "site"];

    public static IEnumerable<ReadResult> ReadJson(string json, string location)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { return [new InputException(location, $"malformed JSON ({e.Message})")]; }
        using (doc)
        {
            var results = new List<ReadResult>();
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (var item in doc.RootElement.EnumerateArray()) results.Add(FromRecord(item, $"{location}#{++i}"));
            }
            else results.Add(FromRecord(doc.RootElement, location));
            return results;
        }
    }

    public static IEnumerable<ReadResult> ReadJsonLines(string text, string location) => ReadJsonLines(text.Split('\n'), location);

    /// <summary>One record per line (JSON Lines); blank lines are skipped, a malformed line is reported by number.</summary>
    public static IEnumerable<ReadResult> ReadJsonLines(IEnumerable<string> lines, string location)
    {
        int lineNo = 0;
        foreach (var line in lines)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string where = $"{location}:{lineNo}";
            ReadResult result;
            try
            {
                using var doc = JsonDocument.Parse(line);
                result = FromRecord(doc.RootElement, where);
            }
            catch (JsonException e) { result = new InputException(where, $"malformed JSON line ({e.Message})"); }
            yield return result;
        }
    }

    /// <summary>One record as UTF-8 bytes (an array element or a line); null for a blank line.</summary>
    public static ReadResult? FromUtf8(byte[] record, string location)
    {
        if (record.AsSpan().Trim(" \t\r"u8).IsEmpty) return null;
        // a damaged byte becomes U+FFFD, as when a whole file is decoded, instead of failing the record later
        if (!System.Text.Unicode.Utf8.IsValid(record)) record = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(record));
        try
        {
            using var doc = JsonDocument.Parse(record, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return FromRecord(doc.RootElement, location);
        }
        catch (JsonException e) { return new InputException(location, $"malformed JSON record ({e.Message})"); }
    }

    public static ReadResult FromRecord(JsonElement record, string location)
    {
        if (record.ValueKind != JsonValueKind.Object) return new InputException(location, $"a JSON record must be an object, not {Kind(record.ValueKind)}");
        if (WrongType(record, [.. BodyFields, "title", "headline", .. DateFields, .. SourceFields, "url", "link", "author", "authors", "byline"]) is { } wrong)
            return new InputException(location, wrong);
        string? body = First(record, BodyFields);
        string? title = First(record, ["title", "headline"]);
        // Crawlers keep records whose body failed to download; the headline alone is still news.
        if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(title))
            return ReadResult.Skip($"{location}: the record has neither text nor title (fields: {string.Join(", ", BodyFields)}, title)");
        string? date = First(record, DateFields);
        string? warning = null;
        PublicationDate? published = null;
        if (PublicationDate.TryParse(date, out var p)) published = p;
        else if (!string.IsNullOrWhiteSpace(date)) warning = $"{location}: publication date '{Clip(date)}' is not a date; the article is kept without one";
        var meta = new ArticleMetadata
        {
            Title = title,
            Url = First(record, ["url", "link"]),
            Publisher = First(record, SourceFields),
            Author = First(record, ["author", "authors", "byline"]),
            Published = published,
            Location = location,
        };
        return new ReadResult(new ArticleInput(body ?? "", meta), null, null, warning);
    }

    /// <summary>A known field holding a number, object or boolean where text is expected ({"content": 5}).</summary>
    private static string? WrongType(JsonElement record, string[] fields)
    {
        foreach (var name in fields)
            if (record.TryGetProperty(name, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null or JsonValueKind.Array))
                return $"field '{name}' is {Kind(v.ValueKind)}, not text";
        return null;
    }

    private static string Kind(JsonValueKind k) => k switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "not a value",
    };

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";

    private static string? First(JsonElement record, string[] names)
    {
        foreach (var name in names)
            if (record.TryGetProperty(name, out var v))
            {
                if (v.ValueKind == JsonValueKind.String) return v.GetString();
                if (v.ValueKind == JsonValueKind.Array)
                    return string.Join(", ", v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()));
            }
        return null;
    }
}
