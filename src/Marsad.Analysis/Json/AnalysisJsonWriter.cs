using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marsad.Analysis.Json;

/// <summary>
/// Writes an analysed document as the JSON of ../shared/spec/analysis-json.md, through <see cref="JsonAnalysis"/>
/// (the records define the fields; <see cref="AnalysisJsonReader"/> reads them back). Fields beyond the spec
/// (url, headline, author, paragraphs, credits, mode, aux…) are documented in docs/analysis-json.md.
/// </summary>
public static class AnalysisJsonWriter
{
    public static readonly JsonWriterOptions Options = new()
    {
        // Arabic stays readable; the output is data, never embedded in HTML by this writer.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string ToJson(Document document, bool indented = false) =>
        ToJson(AnalysisJsonMapping.FromDocument(document), indented);

    public static string ToJson(JsonAnalysis analysis, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options with { Indented = indented })) Write(writer, analysis);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(Utf8JsonWriter writer, Document document) => Write(writer, AnalysisJsonMapping.FromDocument(document));

    /// <summary>Writes through the model's generated serialiser, so names and order are the records' own.</summary>
    public static void Write(Utf8JsonWriter writer, JsonAnalysis analysis) =>
        JsonSerializer.Serialize(writer, analysis, AnalysisJsonContext.Default.JsonAnalysis);
}
