using System.Text.Json;
using Marsad.Corpus.Store;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>One (written form → entity) link and the number of stored articles that make it.</summary>
public sealed record LinkCount(string Form, string Entity, string EntityAr, string? Kb, string Type, int Articles);

/// <summary>
/// Corpus-scale checks on a store: the most frequent links (a systematic wrong link shows at once) and a
/// reproducible random sample of entities, quotes or events to judge by hand.
/// </summary>
public static class StoreAudit
{
    /// <summary>Counts, per article, each distinct (folded written form → entity) pair of the stored analyses.</summary>
    public static IReadOnlyList<LinkCount> Links(IEnumerable<StoredArticle> articles, int top)
    {
        var counts = new Dictionary<(string Form, string Entity), (int Articles, LinkCount First)>();
        var seen = new HashSet<(string, string)>();
        foreach (var article in articles)
        {
            using var json = JsonDocument.Parse(article.AnalysisJson);
            string text = Str(json.RootElement, "text") ?? "";
            seen.Clear();
            foreach (var e in Items(json.RootElement, "entities"))
            {
                string entity = Str(e, "kb") ?? Str(e, "name") ?? "?";
                foreach (var m in Items(e, "mentions"))
                {
                    string form = ArabicFolder.Fold(Surface(text, m));
                    if (form.Length == 0 || !seen.Add((form, entity))) continue;
                    var key = (form, entity);
                    counts[key] = counts.TryGetValue(key, out var c)
                        ? (c.Articles + 1, c.First)
                        : (1, new LinkCount(Surface(text, m), Str(e, "name") ?? "", Str(e, "nameAr") ?? "", Str(e, "kb"), Str(e, "type") ?? "", 0));
                }
            }
        }
        return counts.OrderByDescending(c => c.Value.Articles).ThenBy(c => c.Key.Form, StringComparer.Ordinal).Take(top)
            .Select(c => c.Value.First with { Articles = c.Value.Articles }).ToList();
    }

    /// <summary>Events of a store by PLOVER type: how many, and how many have no actor.</summary>
    public static IReadOnlyList<(string Type, int Events, int WithoutActor)> EventTypes(IEnumerable<StoredArticle> articles)
    {
        var counts = new SortedDictionary<string, (int Events, int WithoutActor)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            using var json = JsonDocument.Parse(article.AnalysisJson);
            foreach (var ev in Items(json.RootElement, "events"))
            {
                string type = Str(ev, "type") ?? "?";
                bool actorless = !ev.TryGetProperty("actor", out var a) || a.ValueKind != JsonValueKind.Array || a.GetArrayLength() == 0;
                var c = counts.GetValueOrDefault(type);
                counts[type] = (c.Events + 1, c.WithoutActor + (actorless ? 1 : 0));
            }
        }
        return counts.Select(c => (c.Key, c.Value.Events, c.Value.WithoutActor)).ToList();
    }

    /// <summary>
    /// <paramref name="n"/> items of one layer drawn at random (seeded, so the same store and seed give the same
    /// sample), each printed with its article and the sentence around it, for a person to judge.
    /// </summary>
    public static IReadOnlyList<string> Sample(IEnumerable<StoredArticle> articles, string layer, int n, int seed)
    {
        // Reservoir sampling over the store's order: one pass, memory bounded by n.
        var random = new Random(seed);
        var reservoir = new List<string>(n);
        long seenItems = 0;
        foreach (var article in articles)
        {
            using var json = JsonDocument.Parse(article.AnalysisJson);
            var root = json.RootElement;
            foreach (var item in Describe(article, root, layer))
            {
                seenItems++;
                if (reservoir.Count < n) reservoir.Add(item);
                else
                {
                    long j = random.NextInt64(seenItems);
                    if (j < n) reservoir[(int)j] = item;
                }
            }
        }
        return reservoir;
    }

    private static IEnumerable<string> Describe(StoredArticle article, JsonElement root, string layer)
    {
        string text = Str(root, "text") ?? "";
        var names = Items(root, "entities").ToDictionary(e => Str(e, "id") ?? "", e => $"{Str(e, "name")} ({Str(e, "nameAr")}, {Str(e, "type")}{(Str(e, "kb") is { } kb ? ", " + kb : "")})");
        string Names(JsonElement e, string field) =>
            e.TryGetProperty(field, out var ids) && ids.ValueKind == JsonValueKind.Array && ids.GetArrayLength() > 0
                ? string.Join(" + ", ids.EnumerateArray().Select(i => names.GetValueOrDefault(i.GetString() ?? "", i.GetString() ?? "")))
                : "-";
        string head = $"[{article.Seq}] {article.Source} {article.Published?[..Math.Min(10, article.Published.Length)]} «{article.Title}»";
        switch (layer)
        {
            case "entities":
                foreach (var e in Items(root, "entities"))
                    foreach (var m in Items(e, "mentions"))
                        yield return $"{head}\n  «{Surface(text, m)}» → {names[Str(e, "id") ?? ""]}\n  …{Context(text, m)}…";
                break;
            case "quotes":
                // quotes given to an entity: what a speaker sample judges (unattributed quotes have no speaker to be wrong)
                foreach (var q in Items(root, "quotes").Where(q => Str(q, "speaker") is not null))
                    yield return $"{head}\n  speaker: {(Str(q, "speaker") is { } s ? names.GetValueOrDefault(s, s) : "-")}  ({Str(q, "kind")})\n  «{Clip(Surface(text, q), 200)}»\n  …{Context(text, q)}…";
                break;
            case "events":
                foreach (var ev in Items(root, "events"))
                {
                    var trigger = ev.TryGetProperty("trigger", out var t) && t.ValueKind == JsonValueKind.Object ? Surface(text, t) : "";
                    var evidence = ev.TryGetProperty("evidence", out var x) && x.ValueKind == JsonValueKind.Object ? Clip(Surface(text, x), 300) : "";
                    yield return $"{head}\n  {Str(ev, "type")} «{trigger}»  actor: {Names(ev, "actor")}  recipient: {Names(ev, "recipient")}" +
                        $"{(Str(ev, "aux") is { } aux ? "  aux: " + aux : "")}\n  {evidence}";
                }
                break;
            default:
                throw new ArgumentException($"unknown layer '{layer}' (entities, quotes or events)");
        }
    }

    private static string Surface(string text, JsonElement span)
    {
        int s = span.GetProperty("start").GetInt32(), e = span.GetProperty("end").GetInt32();
        return s >= 0 && e <= text.Length && s <= e ? text[s..e] : "";
    }

    private static string Context(string text, JsonElement span)
    {
        int s = span.GetProperty("start").GetInt32(), e = span.GetProperty("end").GetInt32();
        int a = Math.Max(0, s - 80), b = Math.Min(text.Length, e + 80);
        return text[a..b].Replace('\n', ' ');
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
