using System.Text.Json.Serialization;

namespace Marsad.Analysis.Json;

// The analysis JSON (docs/analysis-json.md) as plain records: the one definition of its field names. The writer
// serialises these and the reader deserialises them, so a field renamed here is renamed on both sides. Property
// names become camelCase JSON names (AnalysisJsonContext); declaration order is the order fields are written.
// Every field but a span's start and end (and an event's evidence and trigger) is optional when reading: a field
// an older analysis lacks reads as null, "" or an empty list. The defaults sit in the getters because the
// generated deserialiser sets every init-only property, the missing ones to null.

/// <summary>The span fields a span, a quote, a time and a quantity share, so code can treat them alike.</summary>
public interface ISpanFields
{
    int Start { get; }
    int End { get; }
    string Text { get; }
}

/// <summary>A piece of the text: UTF-16 offsets into <see cref="JsonAnalysis.Text"/>, end exclusive, and the words there.</summary>
public sealed record JsonSpan : ISpanFields
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public string Text { get => field ?? ""; init; }
}

/// <summary>One analysed article: its text, metadata and every layer.</summary>
public sealed record JsonAnalysis
{
    public string Text { get => field ?? ""; init; }
    /// <summary><c>YYYY-MM-DD</c> or <c>YYYY-MM-DDThh:mm:ssZ</c>; relative times resolve against it.</summary>
    public string? Published { get; init; }
    public string? Headline { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    /// <summary>Where the article was read from (a path, <c>&lt;stdin&gt;</c>, <c>path#N</c>, <c>path:N</c>).</summary>
    public string? Location { get; init; }
    public IReadOnlyList<JsonSpan> Paragraphs { get => field ?? []; init; }
    public IReadOnlyList<JsonSpan> Sections { get => field ?? []; init; }
    public IReadOnlyList<JsonSpan> Credits { get => field ?? []; init; }
    public JsonSourceChain Source { get => field ?? new(); init; }
    public IReadOnlyList<JsonEntity> Entities { get => field ?? []; init; }
    public IReadOnlyList<JsonQuote> Quotes { get => field ?? []; init; }
    public IReadOnlyList<JsonTime> Times { get => field ?? []; init; }
    public IReadOnlyList<JsonQuantity> Quantities { get => field ?? []; init; }
    public IReadOnlyList<JsonEvent> Events { get => field ?? []; init; }
}

/// <summary>Who published this copy, and whose article it is when republished; either may be null.</summary>
public sealed record JsonSourceChain
{
    public JsonParty? Publisher { get; init; }
    public JsonParty? Origin { get; init; }
}

/// <summary>An outlet or agency of the source chain.</summary>
/// <param name="Id">The outlet's id in outlets.tsv, null when it is not listed.</param>
/// <param name="Span">Where the text names it; null when it comes from metadata only.</param>
public sealed record JsonParty
{
    public string Name { get => field ?? ""; init; }
    public string NameAr { get => field ?? ""; init; }
    public string? Id { get; init; }
    public JsonSpan? Span { get; init; }
}

/// <summary>One real-world entity with all its mentions; other layers refer to it by <see cref="Id"/>.</summary>
public sealed record JsonEntity
{
    /// <summary>Document-local: e1, e2, …</summary>
    public string Id { get => field ?? ""; init; }
    /// <summary>PER, ORG, GPE, LOC, FAC or MISC.</summary>
    public string Type { get => field ?? ""; init; }
    public string Name { get => field ?? ""; init; }
    public string NameAr { get => field ?? ""; init; }
    /// <summary>Knowledge-base id, null when not linked.</summary>
    public string? Kb { get; init; }
    /// <summary>The state the entity belongs to or acts for (a knowledge-base id), null when unknown.</summary>
    public string? Country { get; init; }
    public IReadOnlyList<JsonSpan> Mentions { get => field ?? []; init; }
    public IReadOnlyList<JsonSpan> References { get => field ?? []; init; }
}

/// <summary>Reported speech; the span fields give the quoted content.</summary>
public sealed record JsonQuote : ISpanFields
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public string Text { get => field ?? ""; init; }
    /// <summary>direct, indirect, mixed or headline.</summary>
    public string Kind { get => field ?? ""; init; }
    /// <summary>The speaker's entity id, null when unnamed or not found.</summary>
    public string? Speaker { get; init; }
    /// <summary>named, anonymous or null when unknown.</summary>
    public string? SpeakerKind { get; init; }
    public JsonSpan? Cue { get; init; }
}

/// <summary>A temporal expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and value.</summary>
public sealed record JsonTime : ISpanFields
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public string Text { get => field ?? ""; init; }
    public string Type { get => field ?? ""; init; }
    public string Value { get => field ?? ""; init; }
}

/// <summary>A figure: value with scales applied, unit, approximation (~ &gt; &lt; &gt;= &lt;=) and what is counted.</summary>
public sealed record JsonQuantity : ISpanFields
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public string Text { get => field ?? ""; init; }
    public double Value { get; init; }
    public string Unit { get => field ?? ""; init; }
    public string? Approx { get; init; }
    public string? Of { get; init; }
}

/// <summary>Who did what to whom (PLOVER), with entity ids for the participants.</summary>
public sealed record JsonEvent
{
    public string Type { get => field ?? ""; init; }
    public string? Mode { get; init; }
    public IReadOnlyList<string> Context { get => field ?? []; init; }
    public IReadOnlyList<string> Actor { get => field ?? []; init; }
    public IReadOnlyList<string> Recipient { get => field ?? []; init; }
    /// <summary>The states the actors act for; null (and left out of the JSON) when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ActorStates { get; init; }
    /// <summary>Entity id of where it happened.</summary>
    public string? Place { get; init; }
    /// <summary>Index into <see cref="JsonAnalysis.Times"/>; null means the publication date.</summary>
    public int? Time { get; init; }
    public required JsonSpan Evidence { get; init; }
    public required JsonSpan Trigger { get; init; }
    /// <summary>historical, future, hypothetical, negated, or null for a plain reported event.</summary>
    public string? Aux { get; init; }
}
