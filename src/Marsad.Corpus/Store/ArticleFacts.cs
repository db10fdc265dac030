using System.Text.Json;

namespace Marsad.Corpus.Store;

/// <summary>An entity of one stored analysis: what search and export need of it.</summary>
/// <param name="Key">The corpus-wide identity: the knowledge-base id when linked, else "name:" + the folded name.</param>
public sealed record FactEntity(string LocalId, string Key, string Type, string Name, string NameAr, string? KbId, IReadOnlyList<string> Surfaces);

public sealed record FactQuote(string Text, string? SpeakerKey, string? SpeakerName, string Kind, string? Cue);

public sealed record FactEvent(string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, string? Place, string? Date, string Trigger, string Evidence);

/// <summary>
/// The entities, quotes and events of a stored analysis JSON (AnalysisJsonWriter's shape). Read from the
/// JSON rather than from a live Document so that indexing, re-indexing after a crash and export all read
/// the one thing that is stored. Missing layers give empty lists.
/// </summary>
public sealed class ArticleFacts
{
    public IReadOnlyList<FactEntity> Entities { get; private init; } = [];
    public IReadOnlyList<FactQuote> Quotes { get; private init; } = [];
    public IReadOnlyList<FactEvent> Events { get; private init; } = [];
    public string? PublisherId { get; private init; }
    public string? PublisherName { get; private init; }
    /// <summary>The outlet a credit line or dateline names as the article's origin (analysis <c>source.origin</c>).</summary>
    public string? OriginId { get; private init; }
    public string? OriginName { get; private init; }

    public static ArticleFacts FromAnalysisJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var entities = new List<FactEntity>();
        var byLocal = new Dictionary<string, FactEntity>();
        if (root.TryGetProperty("entities", out var es) && es.ValueKind == JsonValueKind.Array)
            foreach (var e in es.EnumerateArray())
            {
                string local = Str(e, "id") ?? "";
                string name = Str(e, "name") ?? "";
                string nameAr = Str(e, "nameAr") ?? name;
                string? kb = Str(e, "kb");
                var surfaces = new List<string>();
                if (e.TryGetProperty("mentions", out var ms) && ms.ValueKind == JsonValueKind.Array)
                    foreach (var m in ms.EnumerateArray())
                        if (Str(m, "text") is { Length: > 0 } s && !surfaces.Contains(s)) surfaces.Add(s);
                var entity = new FactEntity(local, EntityKey(kb, name), Str(e, "type") ?? "", name, nameAr, kb, surfaces);
                entities.Add(entity);
                byLocal.TryAdd(local, entity);
            }

        var quotes = new List<FactQuote>();
        if (root.TryGetProperty("quotes", out var qs) && qs.ValueKind == JsonValueKind.Array)
            foreach (var q in qs.EnumerateArray())
            {
                var speaker = Str(q, "speaker") is { } sid && byLocal.TryGetValue(sid, out var se) ? se : null;
                string? cue = q.TryGetProperty("cue", out var c) && c.ValueKind == JsonValueKind.Object ? Str(c, "text") : null;
                quotes.Add(new FactQuote(Str(q, "text") ?? "", speaker?.Key, speaker?.Name, Str(q, "kind") ?? "", cue));
            }

        string[]? times = null;
        if (root.TryGetProperty("times", out var ts) && ts.ValueKind == JsonValueKind.Array)
            times = [.. ts.EnumerateArray().Select(t => Str(t, "value") ?? "")];
        string? published = Str(root, "published");
        var events = new List<FactEvent>();
        if (root.TryGetProperty("events", out var evs) && evs.ValueKind == JsonValueKind.Array)
            foreach (var ev in evs.EnumerateArray())
            {
                string? date = published;
                if (ev.TryGetProperty("time", out var ti) && ti.ValueKind == JsonValueKind.Number && times is not null
                    && ti.GetInt32() is var i && i >= 0 && i < times.Length) date = times[i];
                events.Add(new FactEvent(
                    Str(ev, "type") ?? "", Str(ev, "mode"),
                    Names(ev, "actor", byLocal), Names(ev, "recipient", byLocal),
                    Str(ev, "place") is { } place && byLocal.TryGetValue(place, out var pe) ? pe.Name : Str(ev, "place"),
                    date,
                    ev.TryGetProperty("trigger", out var tr) && tr.ValueKind == JsonValueKind.Object ? Str(tr, "text") ?? "" : "",
                    ev.TryGetProperty("evidence", out var evd) && evd.ValueKind == JsonValueKind.Object ? Str(evd, "text") ?? "" : ""));
            }

        string? publisherId = null, publisherName = null, originId = null, originName = null;
        if (root.TryGetProperty("source", out var src) && src.ValueKind == JsonValueKind.Object)
        {
            if (src.TryGetProperty("publisher", out var pub) && pub.ValueKind == JsonValueKind.Object)
            {
                publisherId = Str(pub, "id");
                publisherName = Str(pub, "name");
            }
            if (src.TryGetProperty("origin", out var org) && org.ValueKind == JsonValueKind.Object)
            {
                originId = Str(org, "id");
                originName = Str(org, "name");
            }
        }
        return new ArticleFacts
        {
            Entities = entities, Quotes = quotes, Events = events,
            PublisherId = publisherId, PublisherName = publisherName, OriginId = originId, OriginName = originName,
        };
    }

    /// <summary>The knowledge-base id when linked; otherwise the folded name, so unlinked entities still group by spelling.</summary>
    public static string EntityKey(string? kbId, string name) =>
        kbId is { Length: > 0 } ? kbId : "name:" + Search.SearchKeys.Keyword(name);

    private static IReadOnlyList<string> Names(JsonElement ev, string field, Dictionary<string, FactEntity> byLocal)
    {
        if (!ev.TryGetProperty(field, out var arr) || arr.ValueKind != JsonValueKind.Array) return [];
        var names = new List<string>();
        foreach (var a in arr.EnumerateArray())
            if (a.ValueKind == JsonValueKind.String)
                names.Add(byLocal.TryGetValue(a.GetString()!, out var e) ? e.Name : a.GetString()!);
        return names;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
