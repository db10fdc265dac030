using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Analysis.Json;

namespace Marsad.Evaluation;

/// <summary>
/// Scores one analysis (the JSON `analyze` writes, as <see cref="AnalysisJsonReader"/> reads it) against one gold
/// file with the matching rules of ../shared/spec/score.py, rule for rule, adding its counts to
/// <see cref="EvaluationTotals"/> and, when asked, every miss and false hit to the error list. Works on the JSON,
/// as score.py does, so that both read the same thing; the gold file has its own shape and is read as it is.
/// </summary>
public static partial class AnalysisScorer
{
    [GeneratedRegex("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")]
    private static partial Regex Diacritics();

    [GeneratedRegex("[أإآٱ]")]
    private static partial Regex Alefs();

    [GeneratedRegex(@"[\s\-_.]+")]
    private static partial Regex Separators();

    [GeneratedRegex("^(و|ف)?(ب|ل|ك)?(ال)?$")]
    private static partial Regex Proclitic();

    // A generic word before a name (مدينة اللاذقية, صحيفة الوطن) may be in or out of the span.
    [GeneratedRegex(@"^(و|ف)?(ب|ل|ك)?(ال)?(مدينة|منطقة|بلدة|قرية|ضاحية|محافظة|ولاية|إقليم|اقليم|مقاطعة|جزيرة|شبه جزيرة|ميناء|مطار|صحيفة|جريدة|وكالة|قناة|شبكة|موقع|تنظيم|حركة|جماعة|حزب)\s+$")]
    private static partial Regex Descriptor();

    /// <summary>score.py's norm: no diacritics, one alef, ي for ى, ه for ة, separators as one space, lower case.</summary>
    public static string Norm(string? s)
    {
        s = Diacritics().Replace(s ?? "", "");
        s = Alefs().Replace(s, "ا").Replace('ى', 'ي').Replace('ة', 'ه');
        return Separators().Replace(s, " ").Trim().ToLowerInvariant();
    }

    private readonly record struct Span(int Start, int End)
    {
        public int Length => End - Start;
        public static Span Of(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());
        public static Span Of(ISpanFields s) => new(s.Start, s.End);
    }

    private static int Overlap(Span a, Span b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static bool SameSpan(Span p, Span g, string text)
    {
        if (p.End != g.End) return false;
        if (p.Start > g.Start) return Descriptor().IsMatch(text[g.Start..p.Start]);
        string head = text[p.Start..g.Start];
        return head.Length == 0 || (head.Length <= 4 && Proclitic().IsMatch(head)) || Descriptor().IsMatch(head);
    }

    private static string Coarse(string? t)
    {
        t = (t ?? "").ToUpperInvariant();
        return t switch { "GPE" => "LOC", "PERS" => "PER", "FAC" => "LOC", _ => t };
    }

    private static bool Optional(JsonElement e) => e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    /// <summary>
    /// How the scorer matches each event of an analysis, in order (<see cref="EventMatch"/>), and the number of
    /// gold events that count for recall: the labels of the event classifier's training data.
    /// </summary>
    public static (IReadOnlyList<EventMatch> Matches, int RequiredGold) MatchEvents(JsonAnalysis analysis, JsonElement gold, string docName)
    {
        var matches = new List<EventMatch>();
        var totals = new EvaluationTotals();
        Score(analysis, gold, totals, docName, null, matches);
        return (matches, totals.Events.Tp + totals.Events.Fn);
    }

    /// <summary>Adds the scores of one article to <paramref name="totals"/>.</summary>
    /// <param name="eventMatches">When given, receives how each analysis event was matched, in order.</param>
    /// <param name="eventDrafts">When given with <paramref name="errors"/>, every event the rules drafted and what
    /// became of it (kept, rejected by the classifier, dropped for want of an actor…): each missed gold event is then
    /// told why it was missed.</param>
    public static void Score(JsonAnalysis analysis, JsonElement gold, EvaluationTotals totals, string docName, List<EvaluationError>? errors = null,
                             List<EventMatch>? eventMatches = null, IReadOnlyList<(JsonEvent Event, string Stage)>? eventDrafts = null)
    {
        string text = analysis.Text;
        string Snip(Span s) => s.Start >= 0 && s.End <= text.Length && s.Start <= s.End ? text[s.Start..s.End] : "";
        void Error(string layer, string kind, Span s, string detail = "") =>
            errors?.Add(new EvaluationError(docName, layer, kind, s.Start, s.End, Snip(s), detail));
        totals.Articles++;

        // ---- name mentions
        var gm = new List<(string Key, bool Optional, string? Type, Span Span)>();
        foreach (var e in gold.GetProperty("entities").EnumerateObject())
            foreach (var m in Array(e.Value, "mentions"))
            {
                var s = Span.Of(m);
                if (Str(m, "text") is { } t && Snip(s) != t)
                    throw new InvalidDataException($"{docName}: analysis text differs from gold text at {s.Start}-{s.End}");
                gm.Add((e.Name, Optional(e.Value), Str(e.Value, "type"), s));
            }
        var references = Array(gold, "references").Select(r => (Entity: Str(r, "entity"), Span: Span.Of(r))).ToList();
        var used = new HashSet<int>();
        int tp = 0, fp = 0, tpTyped = 0;
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Vote(string pid, string key)
        {
            if (!votes.TryGetValue(pid, out var v)) votes[pid] = v = new(StringComparer.Ordinal);
            v[key] = v.GetValueOrDefault(key) + 1;
        }
        var predictedEntities = analysis.Entities;
        foreach (var e in predictedEntities)
        {
            string pid = e.Id;
            foreach (var m in e.Mentions)
            {
                var ms = Span.Of(m);
                int hit = -1;
                for (int i = 0; i < gm.Count; i++)
                    if (!used.Contains(i) && SameSpan(ms, gm[i].Span, text)) { hit = i; break; }
                if (hit < 0)
                {
                    // a nominal reference marked as a name (المملكة for Saudi Arabia) is neither credited nor penalised
                    var reference = references.FirstOrDefault(r => Overlap(ms, r.Span) >= 0.5 * r.Span.Length);
                    if (reference.Entity is not null) Vote(pid, reference.Entity);
                    else { fp++; Error("mentions", "false", ms, $"{e.Type} {e.Name}"); }
                    continue;
                }
                used.Add(hit);
                var g = gm[hit];
                Vote(pid, g.Key);
                if (!g.Optional)
                {
                    tp++;
                    if (Coarse(e.Type) == Coarse(g.Type)) tpTyped++;
                }
            }
        }
        int fn = 0;
        for (int i = 0; i < gm.Count; i++)
            if (!gm[i].Optional && !used.Contains(i)) { fn++; Error("mentions", "missed", gm[i].Span, $"{gm[i].Type} {gm[i].Key}"); }
        totals.Mentions.Add(tp, fp, fn);
        totals.MentionsTyped.Add(tpTyped, fp + tp - tpTyped, fn + tp - tpTyped);
        var pidToGold = votes.ToDictionary(p => p.Key, p => ArgMax(p.Value), StringComparer.Ordinal);
        // An entity the article names only by a description (المملكة, and nowhere السعودية) has no name mention to
        // map it by; the annotation guide gives such an entity with references and no mentions, so its references
        // map it: to the gold entity most of them point at. It is not counted as found (the entities layer scores
        // names), but its references, quotes and event slots are scored like those of a named entity.
        foreach (var e in predictedEntities)
        {
            if (votes.ContainsKey(e.Id) || pidToGold.ContainsKey(e.Id)) continue;
            var byReference = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var s in e.References)
                if (references.FirstOrDefault(r => Overlap(Span.Of(s), r.Span) >= 0.5 * r.Span.Length) is { Entity: { } key })
                    byReference[key] = byReference.GetValueOrDefault(key) + 1;
            if (byReference.Count > 0) pidToGold[e.Id] = ArgMax(byReference);
        }

        // ---- entities: one predicted entity per gold entity, with the right canonical name
        var byId = new Dictionary<string, JsonEntity>(StringComparer.Ordinal);
        foreach (var e in predictedEntities) byId.TryAdd(e.Id, e);
        foreach (var e in gold.GetProperty("entities").EnumerateObject())
        {
            if (Optional(e.Value)) continue;
            totals.EntitiesNeeded++;
            string? best = null; int bestVotes = 0;
            foreach (var (pid, v) in votes)
                if (v.TryGetValue(e.Name, out int n) && n > bestVotes) { best = pid; bestVotes = n; }
            var names = Array(e.Value, "names").Select(n => Norm(n.GetString())).ToHashSet(StringComparer.Ordinal);
            if (best is null) { Error("entities", "missed", default, $"{e.Name} ({string.Join(" / ", Array(e.Value, "names").Select(n => n.GetString()))})"); continue; }
            totals.EntitiesFound++;
            totals.MentionsGathered += (double)bestVotes / Array(e.Value, "mentions").Count();
            string name = byId[best].Name;
            if (names.Contains(Norm(name))) totals.EntitiesNamed++;
            else Error("entities", "wrong name", default, $"{e.Name}: «{name}», expected {string.Join(" / ", Array(e.Value, "names").Select(n => n.GetString()))}");
        }

        // ---- nominal references (coreference)
        foreach (var r in references)
        {
            totals.References++;
            bool ok = predictedEntities.Any(e => pidToGold.GetValueOrDefault(e.Id) == r.Entity
                && e.References.Concat(e.Mentions).Any(s => Overlap(Span.Of(s), r.Span) >= 0.5 * r.Span.Length));
            if (ok) totals.ReferencesResolved++;
            else Error("references", "missed", r.Span, r.Entity ?? "");
        }
        // the references given, for their precision (the figure above is recall only): one that overlaps a gold
        // reference or name of the entity it is mapped to is right, one of another entity wrong; one that overlaps
        // none is not in the gold (often right but unannotated), listed for reading and counted apart
        foreach (var e in predictedEntities)
            foreach (var s in e.References)
            {
                var ss = Span.Of(s);
                // of nested gold spans (سفير «خادم الحرمين الشريفين») the one closest in length
                string? goldKey = references.Where(r => Overlap(ss, r.Span) >= 0.5 * r.Span.Length)
                        .OrderBy(r => Math.Abs(r.Span.Length - ss.Length)).FirstOrDefault().Entity
                    ?? gm.FirstOrDefault(m => Overlap(ss, m.Span) >= 0.5 * m.Span.Length).Key;
                totals.ReferencesGiven++;
                if (goldKey is null) { totals.ReferencesNotInGold++; Error("references", "ungold", ss, e.Name); }
                else if (goldKey == pidToGold.GetValueOrDefault(e.Id)) totals.ReferencesGivenRight++;
                else Error("references", "wrong", ss, $"{e.Name} (gold: {goldKey})");
            }

        // ---- quotes
        var gq = Array(gold, "quotes").ToList();
        var usedQ = new HashSet<int>();
        tp = fp = 0;
        foreach (var q in analysis.Quotes)
        {
            var qs = Span.Of(q);
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < gq.Count; i++)
            {
                var gSpan = Span.Of(gq[i]);
                int o = Overlap(qs, gSpan);
                if (!usedQ.Contains(i) && o >= 0.5 * gSpan.Length && o >= 0.5 * qs.Length && o > bestOverlap) { best = i; bestOverlap = o; }
            }
            if (best < 0) { fp++; Error("quotes", "false", qs, q.Kind); continue; }
            usedQ.Add(best);
            if (Optional(gq[best])) continue;
            tp++;
            string? want = Str(gq[best], "speaker");
            string? got = q.Speaker is { } sp ? pidToGold.GetValueOrDefault(sp) : null;
            if (got == want) totals.SpeakersRight++;
            else Error("speakers", "wrong", Span.Of(gq[best]), $"speaker {Describe(got, q.Speaker, byId)}, expected {want ?? "none (unnamed)"}");
        }
        fn = 0;
        for (int i = 0; i < gq.Count; i++)
            if (!Optional(gq[i]) && !usedQ.Contains(i))
            {
                fn++;
                Error("quotes", "missed", Span.Of(gq[i]), Str(gq[i], "kind") ?? "");
                Error("speakers", "wrong", Span.Of(gq[i]), $"quote not found, expected {Str(gq[i], "speaker") ?? "none (unnamed)"}");
            }
        totals.Quotes.Add(tp, fp, fn);
        totals.SpeakersOf += tp + fn;

        // ---- times and quantities
        bool resolved = !string.IsNullOrEmpty(analysis.Published);
        Items("times", Array(gold, "times").ToList(), analysis.Times, totals.Times, v => totals.TimeValuesRight += v, n => totals.TimeValuesOf += n,
            (t, g) =>
            {
                string? want = resolved ? Str(g, "value") : (Str(g, "valueWithoutPublicationDate") ?? Str(g, "value"));
                return t.Value == want;
            }, t => $"value {t.Value}", g => $"expected {Str(g, "value")}");
        Items("quantities", Array(gold, "quantities").ToList(), analysis.Quantities, totals.Quantities, v => totals.QuantityValuesRight += v, n => totals.QuantityValuesOf += n,
            (t, g) => Number(g, "value") is { } b && t.Value == b && Norm(t.Unit) == Norm(Str(g, "unit")),
            t => $"{t.Value.ToString(CultureInfo.InvariantCulture)} {t.Unit}", g => $"expected {ValueText(g, "value")} {Str(g, "unit")}");

        // ---- events (PLOVER): same type, every actor slot filled, one recipient slot filled when gold has any,
        // and the event's evidence span overlaps the gold evidence
        var ge = Array(gold, "events").ToList();
        var usedE = new HashSet<int>();
        tp = fp = 0;
        HashSet<string?> Keys(IReadOnlyList<string> ids) => ids.Select(id => pidToGold.GetValueOrDefault(id)).ToHashSet();
        foreach (var ev in analysis.Events)
        {
            var acts = Keys(ev.Actor);
            var recs = Keys(ev.Recipient);
            var spans = new[] { Span.Of(ev.Evidence), Span.Of(ev.Trigger) };
            string type = ev.Type.ToUpperInvariant();
            int hit = -1;
            for (int i = 0; i < ge.Count; i++)
            {
                var g = ge[i];
                if (usedE.Contains(i) || type != Str(g, "type")) continue;
                var evidence = Span.Of(g.GetProperty("evidence"));
                if (!spans.Any(x => Overlap(x, evidence) > 0)) continue;
                if (!Array(g, "actor").All(slot => slot.EnumerateArray().Any(k => acts.Contains(k.GetString())))) continue;
                var recipientSlots = Array(g, "recipient").ToList();
                if (recipientSlots.Count > 0 && !recipientSlots.Any(slot => slot.EnumerateArray().Any(k => recs.Contains(k.GetString()) || acts.Contains(k.GetString())))) continue;
                hit = i; break;
            }
            var where = spans[0];
            if (eventMatches is not null)
            {
                // An unmatched event of a gold event's category in its evidence has the event right and a party wrong.
                bool partial = hit < 0 && ge.Any(g => type == Str(g, "type") && spans.Any(x => Overlap(x, Span.Of(g.GetProperty("evidence"))) > 0));
                eventMatches.Add(hit >= 0 ? (Optional(ge[hit]) ? EventMatch.Optional : EventMatch.Required) : partial ? EventMatch.PartiesWrong : EventMatch.False);
            }
            if (hit < 0) { fp++; Error("events", "false", where, $"{type} «{Snip(spans[1])}» actor [{string.Join(", ", acts.Select(a => a ?? "?"))}] recipient [{string.Join(", ", recs.Select(a => a ?? "?"))}]"); continue; }
            usedE.Add(hit);
            if (!Optional(ge[hit])) tp++;
        }
        fn = 0;
        for (int i = 0; i < ge.Count; i++)
            if (!Optional(ge[i]) && !usedE.Contains(i))
            {
                fn++;
                string why = eventDrafts is null ? "" : "  — " + WhyMissed(ge[i], eventDrafts, Keys);
                Error("events", "missed", Span.Of(ge[i].GetProperty("evidence")), $"{Str(ge[i], "type")} actor {Slots(ge[i], "actor")} recipient {Slots(ge[i], "recipient")}{why}");
            }
        totals.Events.Add(tp, fp, fn);

        // ---- sections and source chain
        var gs = Array(gold, "sections").Select(s => Norm(Str(s, "text") ?? Snip(Span.Of(s)))).ToHashSet(StringComparer.Ordinal);
        var ps = analysis.Sections.Select(s => Norm(s.Text)).ToHashSet(StringComparer.Ordinal);
        totals.Sections.Add(gs.Count(ps.Contains), ps.Count(p => !gs.Contains(p)), gs.Count(g => !ps.Contains(g)));
        var source = analysis.Source;
        var goldSource = gold.GetProperty("source");
        totals.SourceArticles++;
        if (SourceRight(source, goldSource, "publisher")) totals.PublisherRight++; else Error("source", "wrong publisher", default, Party(source, "publisher"));
        if (SourceRight(source, goldSource, "origin")) totals.OriginRight++; else Error("source", "wrong origin", default, Party(source, "origin"));

        // describe gives a predicted item's value (a false hit's detail), expected the gold one's (after it, for a wrong value)
        void Items<T>(string layer, List<JsonElement> gAll, IEnumerable<T> pAll, Prf prf, Action<int> addRight, Action<int> addOf,
            Func<T, JsonElement, bool> valueOk, Func<T, string> describe, Func<JsonElement, string> expected) where T : ISpanFields
        {
            var usedT = new HashSet<int>();
            int itp = 0, ifp = 0, right = 0;
            foreach (var t in pAll)
            {
                var ts = Span.Of(t);
                int best = -1;
                for (int i = 0; i < gAll.Count; i++)
                {
                    var g = Span.Of(gAll[i]);
                    if (!usedT.Contains(i) && Overlap(ts, g) >= 0.5 * g.Length && Overlap(ts, g) >= 0.5 * ts.Length) { best = i; break; }
                }
                if (best < 0) { ifp++; Error(layer, "false", ts, describe(t)); continue; }
                usedT.Add(best);
                if (Optional(gAll[best])) continue;
                itp++;
                if (valueOk(t, gAll[best])) right++;
                else Error(layer, "wrong value", Span.Of(gAll[best]), $"{describe(t)}, {expected(gAll[best])}");
            }
            int ifn = 0;
            for (int i = 0; i < gAll.Count; i++)
                if (!Optional(gAll[i]) && !usedT.Contains(i)) { ifn++; Error(layer, "missed", Span.Of(gAll[i]), $"{ValueText(gAll[i], "value")} {Str(gAll[i], "unit") ?? Str(gAll[i], "type")}"); }
            prf.Add(itp, ifp, ifn);
            addRight(right);
            addOf(itp + ifn);
        }
    }

    private static string ArgMax(Dictionary<string, int> v)
    {
        string best = ""; int n = int.MinValue;
        foreach (var (k, c) in v) if (c > n) { best = k; n = c; }
        return best;
    }

    private static string Describe(string? goldKey, string? pid, Dictionary<string, JsonEntity> byId) =>
        pid is null ? "none" : $"{goldKey ?? "(no gold entity)"} «{(byId.TryGetValue(pid, out var e) ? e.Name : pid)}»";

    /// <summary>
    /// Why a gold event was missed, from the drafts whose evidence or trigger overlaps its evidence: no trigger there,
    /// triggers of other categories only, a draft of its category dropped or rejected although its parties match, or
    /// one whose actor or recipient is missing or not the gold one.
    /// </summary>
    private static string WhyMissed(JsonElement g, IReadOnlyList<(JsonEvent Event, string Stage)> drafts, Func<IReadOnlyList<string>, HashSet<string?>> keys)
    {
        string type = Str(g, "type") ?? "";
        var evidence = Span.Of(g.GetProperty("evidence"));
        var here = drafts.Where(d => Overlap(Span.Of(d.Event.Trigger), evidence) > 0).ToList();
        if (here.Count == 0) here = drafts.Where(d => Overlap(Span.Of(d.Event.Evidence), evidence) > 0).ToList();
        var same = here.Where(d => d.Event.Type.Equals(type, StringComparison.OrdinalIgnoreCase)).ToList();
        if (here.Count == 0) return "no trigger";
        if (same.Count == 0)
            return "wrong type: " + string.Join(", ", here.Select(d => d.Event.Type.ToUpperInvariant()).Distinct());
        var actorSlots = Array(g, "actor").ToList();
        var recipientSlots = Array(g, "recipient").ToList();
        string best = "";
        int bestRank = int.MaxValue;
        foreach (var (ev, stage) in same)
        {
            var acts = keys(ev.Actor);
            var recs = keys(ev.Recipient);
            bool actorRight = actorSlots.All(slot => slot.EnumerateArray().Any(k => acts.Contains(k.GetString())));
            bool recipientRight = recipientSlots.Count == 0 || recipientSlots.Any(slot => slot.EnumerateArray().Any(k => recs.Contains(k.GetString()) || acts.Contains(k.GetString())));
            string got = $"actor [{string.Join(", ", acts.Select(a => a ?? "?"))}] recipient [{string.Join(", ", recs.Select(a => a ?? "?"))}]";
            (int rank, string text) = (actorRight, recipientRight) switch
            {
                (true, true) => (0, stage == "kept" ? "matched another gold event" : $"parties right, {stage}"),
                (true, false) => (1, $"recipient {(ev.Recipient.Count == 0 ? "missing" : "wrong")} ({stage}: {got})"),
                (false, _) => (2, $"actor {(ev.Actor.Count == 0 ? "missing" : "wrong")}{(recipientRight ? "" : ", recipient too")} ({stage}: {got})"),
            };
            if (rank < bestRank) (bestRank, best) = (rank, text);
        }
        return best;
    }

    private static string Slots(JsonElement ev, string name) =>
        "[" + string.Join("; ", Array(ev, name).Select(s => string.Join("|", s.EnumerateArray().Select(k => k.GetString())))) + "]";

    /// <summary>A value as Python's str() prints it for the comparisons score.py makes (strings as they are, numbers as written).</summary>
    private static string? ValueText(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => "None",
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => v.GetRawText(),
        };
    }

    private static double? Number(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
        if (v.ValueKind == JsonValueKind.String && double.TryParse(v.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double d)) return d;
        return null;
    }

    private static bool SourceRight(JsonSourceChain source, JsonElement gold, string role)
    {
        var g = gold.GetProperty(role);
        var want = Array(g, "names").Select(n => Norm(n.GetString())).Append(Norm(Str(g, "ar"))).ToHashSet(StringComparer.Ordinal);
        var got = role == "publisher" ? source.Publisher : source.Origin;
        if (role == "origin" && got is null && Str(g, "ar") == Str(gold.GetProperty("publisher"), "ar"))
            return true; // the publisher's own article: a null origin means the same
        // score.py also tries the party's "text", which this analysis never has: an absent name reads as empty
        return want.Contains(Norm(got?.Name)) || want.Contains(Norm(got?.NameAr)) || want.Contains("");
    }

    private static string Party(JsonSourceChain source, string role) =>
        (role == "publisher" ? source.Publisher : source.Origin) is { } p ? $"{p.Name} / {p.NameAr}" : "none";
}

/// <summary>
/// How the scorer matched one analysis event: to no gold event, to an optional one, or to one that counts; an
/// unmatched event whose category and evidence are a gold event's but whose parties are not is told apart.
/// </summary>
public enum EventMatch { False, Optional, Required, PartiesWrong }
