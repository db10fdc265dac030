using Marsad.Analysis.Json;
using Marsad.Corpus.Store;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>One (written form → entity) link and the number of stored articles that make it.</summary>
public sealed record LinkCount(string Form, string Entity, string EntityAr, string? Kb, string Type, int Articles);

/// <summary>
/// Corpus-scale checks on a store: the most frequent links (a systematic wrong link shows at once) and a
/// reproducible random sample of name mentions, links, quotes or events to judge by hand.
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
            var analysis = AnalysisJsonReader.Read(article.AnalysisJson);
            string text = analysis.Text;
            seen.Clear();
            foreach (var e in analysis.Entities)
            {
                string entity = e.Kb ?? e.Name;
                foreach (var m in e.Mentions)
                {
                    string form = ArabicFolder.Fold(Surface(text, m));
                    if (form.Length == 0 || !seen.Add((form, entity))) continue;
                    var key = (form, entity);
                    counts[key] = counts.TryGetValue(key, out var c)
                        ? (c.Articles + 1, c.First)
                        : (1, new LinkCount(Surface(text, m), e.Name, e.NameAr, e.Kb, e.Type, 0));
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
            foreach (var ev in AnalysisJsonReader.Read(article.AnalysisJson).Events)
            {
                string type = ev.Type;
                bool actorless = ev.Actor.Count == 0;
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
            foreach (var item in Describe(article, AnalysisJsonReader.Read(article.AnalysisJson), layer))
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

    private static IEnumerable<string> Describe(StoredArticle article, JsonAnalysis analysis, string layer)
    {
        string text = analysis.Text;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in analysis.Entities)
            names.TryAdd(e.Id, $"{e.Name} ({e.NameAr}, {e.Type}{(e.Kb is { } kb ? ", " + kb : "")})");
        string Names(IReadOnlyList<string> ids) => ids.Count > 0 ? string.Join(" + ", ids.Select(i => names.GetValueOrDefault(i, i))) : "-";
        // The article id and the span's offsets let a judgment be written down as ids and offsets, never as text.
        string head = $"[{article.Seq}] {article.Source} {article.Published?[..Math.Min(10, article.Published.Length)]} «{article.Title}» {article.Id}";
        string At(ISpanFields span) => $"@{span.Start}-{span.End}";
        switch (layer)
        {
            case "entities":
            case "links":
                // links: only mentions of entities linked to the knowledge base, what a link-precision sample judges
                foreach (var e in analysis.Entities)
                    if (layer == "entities" || e.Kb is not null)
                        foreach (var m in e.Mentions)
                            yield return $"{head} {At(m)}\n  «{Surface(text, m)}» → {names[e.Id]}\n  …{Context(text, m)}…";
                break;
            case "quotes":
                // quotes given to an entity: what a speaker sample judges (unattributed quotes have no speaker to be wrong)
                foreach (var q in analysis.Quotes)
                    if (q.Speaker is { } s)
                        yield return $"{head} {At(q)}\n  speaker: {names.GetValueOrDefault(s, s)}  ({q.Kind})\n  «{Clip(Surface(text, q), 200)}»\n  …{Context(text, q)}…";
                break;
            case "events":
                foreach (var ev in analysis.Events)
                    yield return $"{head} {At(ev.Trigger)}\n  {ev.Type} «{Surface(text, ev.Trigger)}»  actor: {Names(ev.Actor)}  recipient: {Names(ev.Recipient)}" +
                        $"{(ev.Aux is { } aux ? "  aux: " + aux : "")}\n  {Clip(Surface(text, ev.Evidence), 300)}";
                break;
            default:
                throw new ArgumentException($"unknown layer '{layer}' (entities, links, quotes or events)");
        }
    }

    private static string Surface(string text, ISpanFields span) =>
        span.Start >= 0 && span.End <= text.Length && span.Start <= span.End ? text[span.Start..span.End] : "";

    private static string Context(string text, ISpanFields span)
    {
        int a = Math.Max(0, span.Start - 80), b = Math.Min(text.Length, span.End + 80);
        return text[a..b].Replace('\n', ' ');
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
