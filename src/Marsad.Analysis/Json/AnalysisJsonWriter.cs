using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Text;

namespace Marsad.Analysis.Json;

/// <summary>
/// Writes an analysed document as the JSON of ../shared/spec/analysis-json.md. Fields beyond the spec
/// (url, title, author, paragraphs, credits, mode, aux…) are documented in docs/analysis-json.md.
/// </summary>
public static class AnalysisJsonWriter
{
    public static readonly JsonWriterOptions Options = new()
    {
        // Arabic stays readable; the output is data, never embedded in HTML by this writer.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string ToJson(Document document, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options with { Indented = indented })) Write(writer, document);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(Utf8JsonWriter w, Document doc)
    {
        string text = doc.Text;
        var meta = doc.Metadata;
        w.WriteStartObject();
        w.WriteString("text", text);
        WriteNullable(w, "published", meta.Published?.ToString());
        WriteNullable(w, "headline", meta.Title);
        WriteNullable(w, "url", meta.Url);
        WriteNullable(w, "author", meta.Author);
        WriteNullable(w, "location", meta.Location);

        WriteSpans(w, "paragraphs", text, doc.Layer<Paragraph>().Select(p => p.Span));
        WriteSpans(w, "sections", text, doc.Layer<Section>().Select(s => s.Span));
        WriteSpans(w, "credits", text, doc.Layer<CreditLine>().Select(s => s.Span));

        w.WriteStartObject("source");
        WriteParty(w, "publisher", text, doc.Source?.Publisher);
        WriteParty(w, "origin", text, doc.Source?.Origin);
        w.WriteEndObject();

        w.WriteStartArray("entities");
        foreach (var e in doc.Layer<Entity>())
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type.ToString());
            w.WriteString("name", e.Name);
            w.WriteString("nameAr", e.NameAr);
            WriteNullable(w, "kb", e.KbId);
            WriteNullable(w, "country", e.Country);
            WriteSpans(w, "mentions", text, e.Mentions);
            WriteSpans(w, "references", text, e.References);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in doc.Layer<Quote>())
        {
            w.WriteStartObject();
            WriteSpanFields(w, text, q.Span);
            w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
            WriteNullable(w, "speaker", q.SpeakerId);
            WriteNullable(w, "speakerKind", q.SpeakerKind);
            if (q.Cue is { } cue) WriteSpan(w, "cue", text, cue); else w.WriteNull("cue");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("times");
        foreach (var t in doc.Layer<TimeExpression>())
        {
            w.WriteStartObject();
            WriteSpanFields(w, text, t.Span);
            w.WriteString("type", t.Type.ToString());
            w.WriteString("value", t.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quantities");
        foreach (var q in doc.Layer<Quantity>())
        {
            w.WriteStartObject();
            WriteSpanFields(w, text, q.Span);
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            WriteNullable(w, "approx", q.Approx);
            WriteNullable(w, "of", q.Of);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var ev in doc.Layer<Event>())
        {
            w.WriteStartObject();
            w.WriteString("type", ev.Type);
            WriteNullable(w, "mode", ev.Mode);
            WriteStrings(w, "context", ev.Context);
            WriteStrings(w, "actor", ev.Actor);
            WriteStrings(w, "recipient", ev.Recipient);
            if (ev.ActorStates is { Count: > 0 }) WriteStrings(w, "actorStates", ev.ActorStates);
            WriteNullable(w, "place", ev.Place);
            if (ev.TimeIndex is { } ti) w.WriteNumber("time", ti); else w.WriteNull("time");
            WriteSpan(w, "evidence", text, ev.Evidence);
            WriteSpan(w, "trigger", text, ev.Trigger);
            WriteNullable(w, "aux", ev.Aux);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteParty(Utf8JsonWriter w, string name, string text, Party? p)
    {
        if (p is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("name", p.Name);
        w.WriteString("nameAr", p.NameAr);
        WriteNullable(w, "id", p.Id);
        if (p.Span is { } s) WriteSpan(w, "span", text, s); else w.WriteNull("span");
        w.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter w, string name, string text, IEnumerable<TextSpan> spans)
    {
        w.WriteStartArray(name);
        foreach (var s in spans)
        {
            w.WriteStartObject();
            WriteSpanFields(w, text, s);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, string text, TextSpan s)
    {
        w.WriteStartObject(name);
        WriteSpanFields(w, text, s);
        w.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter w, string text, TextSpan s)
    {
        w.WriteNumber("start", s.Start);
        w.WriteNumber("end", s.End);
        w.WriteString("text", text.AsSpan(s.Start, s.Length));
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
