using System.Text.Json;

namespace Marsad.Analysis.Json;

/// <summary>
/// Reads the analysis JSON that <see cref="AnalysisJsonWriter"/> writes (the store's, the API's, <c>marsad analyze</c>'s)
/// into <see cref="JsonAnalysis"/>. A field that is missing reads as null, "" or an empty list, and fields it does not
/// know are skipped, so analyses written before a field existed still read; a span without start or end, a value of
/// the wrong kind or text that is not JSON throws a <see cref="JsonException"/> that says what and where.
/// </summary>
public static class AnalysisJsonReader
{
    public static JsonAnalysis Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, AnalysisJsonContext.Default.JsonAnalysis)
                ?? throw new JsonException("null where an object is expected");
        }
        catch (JsonException e) when (!e.Message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new JsonException(Prefix + e.Message, e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
    }

    // Callers see the message of a store or a file among others: say that it is the analysis JSON at fault.
    private const string Prefix = "malformed analysis JSON: ";
}
