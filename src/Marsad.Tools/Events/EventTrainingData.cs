using Marsad.Analysis;
using Marsad.Analysis.Events;

namespace Marsad.Tools.Events;

/// <summary>
/// How the scorer matched a candidate event: to no gold event, to an optional one, or to one that counts; or to no
/// gold event although one of its category is told in the sentence (its parties are wrong: a false event for the
/// scorer, a true one for what the trigger's context says).
/// </summary>
public enum EventLabel { False, Optional, Required, PartiesWrong }

/// <summary>One candidate event: its classifier features, its label, and the article or sentence it came from.</summary>
/// <param name="Group">Cross-validation keeps a group (an article, a gold sentence) in one fold.</param>
/// <param name="FromNews">From an annotated news article (scored as the analysis scorer does) rather than a gold sentence.</param>
public sealed record EventExample(int[] Features, EventLabel Label, string Type, string Group, bool FromNews)
{
    public bool Positive => Label is EventLabel.Required or EventLabel.Optional;
}

/// <summary>
/// One annotated article of the training data: its candidates are <see cref="EventTrainingData.Examples"/>
/// [<paramref name="First"/>, <paramref name="First"/> + <paramref name="Events"/>.Count), in order; <paramref name="Dropped"/>
/// are the drafts the rules dropped before the classifier, and why (for the breakdown of what is missed).
/// </summary>
public sealed record NewsArticleEvents(string Name, int First, IReadOnlyList<Event> Events, IReadOnlyList<(Event Event, EventStage Stage)> Dropped);

/// <summary>
/// The training data of the event classifier: the events the lexicon codes (the event step without a model) in the
/// annotated news articles and in the UniversalPetrarch gold sentences, each with its features and a label.
/// </summary>
public sealed class EventTrainingData(int bits = EventTrainingData.DefaultBits)
{
    public const int DefaultBits = 18;
    private static readonly HashSet<string> s_gsrScored = new(StringComparer.Ordinal) { "PROTEST", "ASSAULT" };

    private readonly EventStep _candidates = new((EventModel?)null);

    public int Bits { get; } = bits;
    public List<EventExample> Examples { get; } = [];
    public List<NewsArticleEvents> Articles { get; } = [];

    /// <summary>Gold events of the news articles that count for recall (not optional).</summary>
    public int NewsRequiredGold { get; private set; }
    public int NewsArticles { get; private set; }
    public int GsrSentences { get; private set; }

    /// <summary>
    /// Adds the candidates of one annotated article. <paramref name="document"/> went through the pipeline up to
    /// the event step; <paramref name="label"/> gets the candidate events (set as the document's event layer) and
    /// says how the scorer matches each, and how many gold events count for recall.
    /// </summary>
    public void AddArticle(string name, Document document, Func<Document, (IReadOnlyList<EventLabel> Labels, int RequiredGold)> label)
    {
        var dropped = new List<(Event, EventStage)>();
        var candidates = _candidates.Candidates(document, Bits, dropped);
        var events = candidates.Select(c => c.Event).ToList();
        Articles.Add(new NewsArticleEvents(name, Examples.Count, events, dropped));
        document.SetLayer<Event>(events);
        var (labels, required) = label(document);
        if (labels.Count != candidates.Count) throw new InvalidOperationException($"{name}: {labels.Count} labels for {candidates.Count} events");
        for (int i = 0; i < candidates.Count; i++)
            Examples.Add(new EventExample(candidates[i].Features, labels[i], candidates[i].Event.Type, name, FromNews: true));
        NewsRequiredGold += required;
        NewsArticles++;
    }

    /// <summary>
    /// Adds the candidates of one UniversalPetrarch gold sentence, which holds one PROTEST or ASSAULT event: as
    /// `marsad eval events` scores it, the PROTEST/ASSAULT event of the gold category (else the first) is the event
    /// and every other PROTEST/ASSAULT event a false one. Other categories are not annotated there and are left out.
    /// </summary>
    public void AddGsrSentence(GsrSentence gold, Document document)
    {
        var scored = _candidates.Candidates(document, Bits).Where(c => s_gsrScored.Contains(c.Event.Type)).ToList();
        var matched = scored.FirstOrDefault(c => c.Event.Type == gold.Category) ?? scored.FirstOrDefault();
        foreach (var c in scored)
            Examples.Add(new EventExample(c.Features, ReferenceEquals(c, matched) ? EventLabel.Required : EventLabel.False, c.Event.Type, "gsr:" + gold.Id, FromNews: false));
        GsrSentences++;
    }
}
