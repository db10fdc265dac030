using Marsad.Analysis;
using Marsad.Analysis.Events;
using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Tools.Events;

/// <summary>The figures of one evaluation run over the gold sentences.</summary>
public sealed record GsrScores(
    int Sentences, int TruePositives, int FalsePositives, int FalseNegatives,
    int TypeRight, int ActorGold, int ActorRight, int RecipientGold, int RecipientRight)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Of the detected events, the share whose PLOVER category is the gold one.</summary>
    public double TypeAccuracy => TruePositives == 0 ? 0 : (double)TypeRight / TruePositives;
    /// <summary>Of the detected events whose gold names an actor, the share where one of ours overlaps it.</summary>
    public double ActorAccuracy => ActorGold == 0 ? 0 : (double)ActorRight / ActorGold;
    public double RecipientAccuracy => RecipientGold == 0 ? 0 : (double)RecipientRight / RecipientGold;
}

/// <summary>
/// Scores the event step on the UniversalPetrarch Arabic gold sentences (PROTEST and ASSAULT only, as the file's
/// &lt;Include&gt; says). Every gold sentence holds exactly one event. Per sentence: an event is found when we code at
/// least one PROTEST or ASSAULT event; the matched event is the one of the gold category if we coded it, else the first;
/// every other PROTEST/ASSAULT event we code in the sentence is a false positive. An actor (recipient) is right when
/// the text of one of our actors shares a word with the annotated string (folded, proclitics stripped).
/// </summary>
public sealed class GsrEvaluation
{
    private static readonly HashSet<string> s_scored = new(StringComparer.Ordinal) { "PROTEST", "ASSAULT" };

    private readonly AnalysisPipeline _before;
    private readonly EventStep _events;

    /// <param name="before">The pipeline up to (not including) the event step; its entities are used when it makes them.</param>
    public GsrEvaluation(AnalysisPipeline before, EventStep events)
    {
        _before = before;
        _events = events;
    }

    public IReadOnlyList<Event> Code(string sentence)
    {
        var doc = _before.Analyze(sentence);
        // Without an entity step the coder still has unnamed actors (المتظاهرون، مسلحون) to work with.
        if (!doc.HasLayer<Entity>()) doc.SetLayer<Entity>([]);
        return _events.Find(doc);
    }

    /// <param name="errors">When given, receives one line per sentence whose event, actor or recipient is missed or wrong.</param>
    public GsrScores Score(IReadOnlyList<GsrSentence> gold, Action<string>? errors = null)
    {
        int tp = 0, fp = 0, fn = 0, typeRight = 0, actorGold = 0, actorRight = 0, recipientGold = 0, recipientRight = 0;
        foreach (var g in gold)
        {
            var events = Code(g.Text).Where(e => s_scored.Contains(e.Type)).ToList();
            if (events.Count == 0)
            {
                fn++;
                errors?.Invoke($"missed     {g.Id} {g.Category} trigger «{g.Trigger}»  «{g.Text}»");
                continue;
            }
            tp++;
            fp += events.Count - 1;
            var matched = events.FirstOrDefault(e => e.Type == g.Category) ?? events[0];
            if (matched.Type == g.Category) typeRight++;
            bool actorWrong = false, recipientWrong = false;
            if (g.Actor.Length > 0)
            {
                actorGold++;
                if (SharesWord(g.Text, matched.ActorSpans, g.Actor)) actorRight++; else actorWrong = true;
            }
            if (g.Recipient.Length > 0)
            {
                recipientGold++;
                if (SharesWord(g.Text, matched.RecipientSpans, g.Recipient)) recipientRight++; else recipientWrong = true;
            }
            if (errors is not null && (actorWrong || recipientWrong || matched.Type != g.Category || events.Count > 1))
            {
                string what = string.Join(",", new[] { matched.Type != g.Category ? "category" : null, actorWrong ? "actor" : null,
                                                       recipientWrong ? "recipient" : null, events.Count > 1 ? "surplus" : null }.Where(x => x is not null));
                errors($"{what,-10} {g.Id} {g.Category} trigger «{g.Trigger}» actor «{g.Actor}» recipient «{g.Recipient}» | coded {matched.Type} "
                       + $"«{g.Text.Substring(matched.Trigger.Start, matched.Trigger.Length)}» actor «{Texts(g.Text, matched.ActorSpans)}» recipient «{Texts(g.Text, matched.RecipientSpans)}»  «{g.Text}»");
            }
        }
        return new GsrScores(gold.Count, tp, fp, fn, typeRight, actorGold, actorRight, recipientGold, recipientRight);
    }

    private static string Texts(string text, IReadOnlyList<TextSpan>? spans) =>
        spans is null ? "" : string.Join(" | ", spans.Select(s => text.Substring(s.Start, s.Length)));

    private static bool SharesWord(string text, IReadOnlyList<TextSpan>? spans, string annotated)
    {
        if (spans is null || spans.Count == 0) return false;
        var goldWords = Words(annotated);
        foreach (var s in spans)
            foreach (var w in Words(text.Substring(s.Start, s.Length)))
                if (goldWords.Contains(w)) return true;
        return false;
    }

    private static HashSet<string> Words(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in Tokenizer.Tokenize(s))
        {
            if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord)) continue;
            var word = WordKeys.Create(s, token);
            // The most stripped key: «والمتظاهرين» and «المتظاهرين» are the same word.
            string bare = word.Bare;
            string key = bare.Length >= 3 ? bare : word.Key;
            if (key.Length >= 3 && key is not ("الذي" or "التي" or "علي" or "الي" or "بين")) set.Add(key);
        }
        return set;
    }
}
