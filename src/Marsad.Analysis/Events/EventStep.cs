using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// Codes the article's events in PLOVER: triggers from the Arabic lexicon, actor and recipient entities from the
/// sentence, place, time and aux, each event grounded in its sentence and trigger. Reads the TimeExpression and Quote
/// layers when an earlier step wrote them. The event classifier (<see cref="EventModel"/>) then keeps only the events it
/// accepts: a trigger word is often a background noun or a topic, not something the article reports.
/// </summary>
public sealed class EventStep : IAnalysisStep
{
    // The speech verbs whose plain forms name the sentence's speaker (قال، أكدت، يقول), from the shared list.
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs =
        new HashSet<string>(Quotes.SpeechVerbs.MarkersFor("events"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly TriggerLexicon _lexicon;
    private readonly AgentLexicon _agents;
    private readonly CameoPloverTable _table;
    private readonly EventModel? _model;
    private readonly bool _embedded;

    /// <summary>The event step with the default lexicons and the embedded event classifier.</summary>
    public EventStep() : this(null, null, null, null, embedded: true) { }

    /// <param name="model">The classifier that decides which coded events to keep; null keeps every event the lexicon
    /// codes (the candidates the classifier is trained on).</param>
    public EventStep(EventModel? model) : this(null, null, null, model, embedded: false) { }

    /// <remarks>The embedded model is learned over the default trigger lexicon: a step with another lexicon has none
    /// unless it is given one.</remarks>
    internal EventStep(TriggerLexicon? lexicon, AgentLexicon? agents = null, CameoPloverTable? table = null, EventModel? model = null, bool embedded = true)
    {
        _lexicon = lexicon ?? TriggerLexicon.Default;
        _agents = agents ?? AgentLexicon.Default;
        _table = table ?? CameoPloverTable.Default;
        _model = model;
        _embedded = model is null && embedded && lexicon is null;
    }

    /// <summary>The classifier that filters the coded events, if any (the embedded one is loaded on first use).</summary>
    public EventModel? Model => _model ?? (_embedded ? EventModel.Embedded : null);

    public string Name => "events";
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence), typeof(ArticleWords), typeof(Entity)];
    public IReadOnlyList<Type> Optional => [typeof(TimeExpression), typeof(Quote), typeof(Section), typeof(CreditLine), typeof(Boilerplate)];
    public IReadOnlyList<Type> Produces => [typeof(Event)];

    public void Run(Document document) => document.SetLayer<Event>(Find(document));

    /// <summary>The events of a document (pure: reads layers, writes nothing).</summary>
    public IReadOnlyList<Event> Find(Document doc)
    {
        var model = Model;
        var candidates = Candidates(doc, model?.Bits ?? 0);
        var result = new List<Event>(candidates.Count);
        foreach (var c in candidates)
            if (model is null || model.Accepts(c.Features)) result.Add(c.Event);
        return result;
    }

    /// <summary>
    /// Every event the rules draft in a document and what became of it (<see cref="EventStage"/>): the instrument
    /// that tells, for a missed event, whether the trigger, the parties or the classifier lost it.
    /// </summary>
    public IReadOnlyList<(Event Event, EventStage Stage)> Diagnose(Document doc)
    {
        var model = Model;
        var dropped = new List<(Event, EventStage)>();
        var candidates = Candidates(doc, model?.Bits ?? 0, dropped);
        var result = new List<(Event, EventStage)>(candidates.Count + dropped.Count);
        foreach (var c in candidates)
            result.Add((c.Event, model is null || model.Accepts(c.Features) ? EventStage.Kept : EventStage.Rejected));
        result.AddRange(dropped);
        return result;
    }

    /// <summary>
    /// Every event the lexicon codes in a document, before the classifier decides, each with its classifier features
    /// hashed into 2^<paramref name="bits"/> buckets (none when <paramref name="bits"/> is 0).
    /// </summary>
    /// <param name="dropped">When given, receives the drafts the rules dropped before the classifier, and why.</param>
    internal List<EventCandidate> Candidates(Document doc, int bits, List<(Event, EventStage)>? dropped = null)
    {
        string text = doc.Text;
        var tokens = doc.Layer<Token>();
        var articleWords = ArticleWords.Of(doc);
        var sentences = doc.Layer<Sentence>();
        var entities = doc.Layer<Entity>();
        var times = doc.Layer<TimeExpression>();
        var quotes = doc.Layer<Quote>();
        var skipped = new TextCoverage(text.Length, doc.Layer<Section>().Select(s => s.Span).Concat(doc.Layer<CreditLine>().Select(c => c.Span))
            .Concat(doc.Layer<Boilerplate>().Select(b => b.Span)));
        // The quotes and times of each sentence, looked up per sentence instead of scanning the article's every time.
        var sentenceQuotes = SentenceIndex.Overlapping(sentences, quotes, q => q.Span);
        var sentenceTimes = SentenceIndex.Starting(sentences, times, t => t.Span);
        var entityIndex = new EntityLookup(entities);
        var parties = new PartyFinder(entities, text, _agents);
        var institutions = new InstitutionLinker(entities, text);
        int? publishedYear = doc.Metadata.Published?.Date.Year;

        var kept = new List<EventDraft>();
        var sentenceSpans = new List<TextSpan>();
        var sentenceWords = new List<WordKeys[]>();
        var sentenceMatches = new List<List<TriggerMatch>>();
        int t = 0;
        // The named subject of the verb that opens the sentence before («وأكد وزير الخارجية…»), carried on through
        // sentences that open with a verb and name no subject («وأضاف…»): the subject an elided one stands for.
        Party? mainSubject = null;
        int mainSubjectSentence = -2;
        for (int si = 0; si < sentences.Count; si++)
        {
            var span = sentences[si].Span;
            while (t < tokens.Count && tokens[t].Start < span.Start) t++;
            int first = t;
            while (t < tokens.Count && tokens[t].Start < span.End) t++;
            if (skipped.Overlaps(span)) continue;
            var words = WordKeys.ForRange(articleWords, tokens, first, t);
            var matches = _lexicon.FindAll(words);
            // «الطالب السعودي», «وهو طالب»: a trigger verb spelled like a noun, standing where only a noun can, is no act.
            matches.RemoveAll(m => ParticipleReading.IsNoun(text, words, m));
            Party? subjectBefore = mainSubjectSentence == si - 1 ? mainSubject : null;
            int opener = OpeningWord(words);
            bool opensWithSpeech = opener < words.Length && words[opener].AnyKeyIn(SpeechVerbs);
            if (matches.Count == 0 && !opensWithSpeech) continue;
            var sentenceParties = parties.Find(text, words, span);
            var reader = new ClauseReader(words, sentenceParties, _agents);
            if (opener < words.Length && (opensWithSpeech || matches.Any(m => m.Start == opener && m.Entry.Kind == TriggerKind.Event && reader.IsFiniteVerb(m))))
            {
                // A named subject right after the verb (a title may come first) is the sentence's own; nothing there
                // («وأضاف أن…») goes on with the one before; an unnamed phrase («وقال مصدر») breaks the chain.
                var phrase = reader.PhraseAt(opener + 1);
                (mainSubject, mainSubjectSentence) = phrase is { Party: { EntityIds.Count: > 0, IsPlace: false } named } ? (named, si)
                    : phrase is null && subjectBefore is not null ? (subjectBefore, si) : (null, -2);
            }
            if (matches.Count == 0) continue;
            var drafts = CodeSentence(si, words, matches, sentenceParties, Speaker(words, sentenceParties, quotes, sentenceQuotes[si]), parties.Nisba, institutions);
            // What a quoted speaker demands, accuses, rejects or threatens is the speaker's act.
            foreach (var d in drafts) SpeechActs.Apply(d, words, sentenceParties, quotes, sentenceQuotes[si], entityIndex);
            int? year = SentenceYear(times, sentenceTimes[si]);
            // An intended event takes its modality from the intent marker: «لا تنوي عقد اجتماع» is negated, not a meeting.
            foreach (var d in drafts)
                d.Aux = d.Intent is { } intent ? EventModality.Find(words, intent, year, publishedYear) ?? "intended"
                    : EventModality.Find(words, d.Match, year, publishedYear);
            // «وقضت المحكمة بحبسها 8 سنوات. وحكمت بالمدة نفسها على ابنها»: a sentence that opens with a verb and no
            // subject goes on with the one who did the same just before. Only the same category: a different act
            // may well be someone else's («وقتل ثلاثة» after a meeting).
            foreach (var d in drafts)
                if (d.ElidedSubject && LastWithin(kept, si, 1, e => e.Sentence == si - 1 && e.Code.Type == d.Code.Type
                                                                    && e.Actors.Any(p => p.EntityIds.Count > 0)) is { } previous)
                    foreach (var p in previous.Actors.Where(p => p.EntityIds.Count > 0)) d.AddActor(p);
                else if (d.ElidedSubject && subjectBefore is not null)
                    d.AddActor(subjectBefore);
            foreach (var d in MergeSameType(drafts))
            {
                // A definite noun that repeats an earlier trigger («عقب المؤتمر») is that event told again.
                var earlier = d.DefiniteKeys.Count == 0 || d.IntendedType is not null ? null
                    : LastWithin(kept, si, 10, e => e.Code.Type == d.Code.Type && e.IntendedType is null
                                                   && e.Keys.Overlaps(d.DefiniteKeys) && e.Sentence != si);
                // The same parties doing the same thing in the next sentence or two: one statement, elaborated.
                earlier ??= LastWithin(kept, si, 2, e => e.Code.Type == d.Code.Type && e.Sentence != si && SameParties(e, d));
                if (earlier is not null)
                {
                    dropped?.Add((ToEvent(d, span, words, entityIndex, times, sentenceTimes[si]), EventStage.ToldAgain));
                    earlier.Absorb(d);
                    continue;
                }
                kept.Add(d);
                sentenceSpans.Add(span);
                sentenceWords.Add(words);
                sentenceMatches.Add(matches);
            }
        }
        var result = new List<EventCandidate>(kept.Count);
        var perSentence = new Dictionary<int, int>();
        foreach (var e in kept) perSentence[e.Sentence] = perSentence.GetValueOrDefault(e.Sentence) + 1;
        for (int i = 0; i < kept.Count; i++)
        {
            var d = kept[i];
            // Who did what to whom: an event that no one in the text does is a topic or a background noun more often
            // than a happening («الحرب الأهلية», «مكافحة الإرهاب»). Violence told with its victims and no known
            // perpetrator is coded without an actor, as the annotation guidelines code it, only when a victim is named
            // («استشهاد اثنين من رجال الأمن … بالبحرين»): a count of unnamed dead with nobody doing it («وقتل ثلاثة
            // مدنيين») is most often a toll recalled as background, and an event with no named party tells an analyst
            // nothing about who did what to whom.
            if (d.Actors.Count == 0 && !(d.Code.Type is "ASSAULT" or "COERCE" && d.Recipients.Any(p => p.EntityIds.Count > 0)))
            {
                dropped?.Add((ToEvent(d, sentenceSpans[i], sentenceWords[i], entityIndex, times, sentenceTimes[d.Sentence]), EventStage.NoActor));
                continue;
            }
            // Unnamed groups act in violence and protest (مسلحون، المتظاهرون), as the guidelines code them; a statement,
            // a meeting or a demand by an unnamed party («مصدر»، «الجانبان»، «المسؤولون») tells nobody who said or met.
            // An arrest, a seizure or a sentence is the doing of an authority: with neither the authority nor the one
            // arrested named («تم ضبط عدد من الحالات», «صدر ضده حكم بالسجن») it tells nobody who did what to whom.
            if (d.Code.Type is not ("ASSAULT" or "COERCE" or "PROTEST") && d.Actors.All(p => p.EntityIds.Count == 0)
                || d.Code.Type == "COERCE" && d.Actors.Concat(d.Recipients).All(p => p.EntityIds.Count == 0))
            {
                dropped?.Add((ToEvent(d, sentenceSpans[i], sentenceWords[i], entityIndex, times, sentenceTimes[d.Sentence]), EventStage.UnnamedActor));
                continue;
            }
            var ev = ToEvent(d, sentenceSpans[i], sentenceWords[i], entityIndex, times, sentenceTimes[d.Sentence]);
            int[] features = [];
            if (bits > 0)
            {
                // a quote that holds the trigger overlaps the trigger's sentence
                bool inQuote = false;
                foreach (int q in sentenceQuotes[d.Sentence])
                    if (quotes[q].Span.Start <= ev.Trigger.Start && ev.Trigger.End <= quotes[q].Span.End) { inQuote = true; break; }
                int inSentence = perSentence[d.Sentence];
                features = EventFeatures.Extract(new EventFeatures.Context(d, sentenceWords[i], d.Sentence, sentences.Count, inQuote, inSentence, sentenceMatches[i]), bits);
            }
            result.Add(new EventCandidate(ev, features));
        }
        return result;
    }

    private List<EventDraft> CodeSentence(int si, WordKeys[] words, List<TriggerMatch> matches, List<Party> parties, Party? speaker, NisbaResolver nisba,
                                          InstitutionLinker institutions)
    {
        var drafts = new List<EventDraft>();
        var hopes = matches.Where(m => m.Entry.Kind == TriggerKind.Hope).ToList();
        var clause = new ClauseReader(words, parties, _agents, matches);
        // The verbs of the sentence (verb triggers and speech verbs): a party before one of them is its subject.
        var verbs = new bool[words.Length];
        foreach (var m in matches)
            if ((m.Entry.Frame & TriggerFrame.Nominal) == 0 && !m.Definite) verbs[m.Start] = true;
        for (int i = 0; i < words.Length; i++)
            if (words[i].AnyKeyIn(SpeechVerbs)) verbs[i] = true;
        foreach (var m in matches)
        {
            if (m.Entry.Kind != TriggerKind.Event) continue;
            // PLOVER does not code hopes, wishes and prayers (CAMEO 01): «أمله بأن تتوصل يريفان وباكو إلى اتفاق»,
            // «داعيا الله أن…»; the words of the hope are no event either.
            if (hopes.Any(h => h.Start <= m.Start && m.Start - h.Start <= 10)) continue;
            var d = new EventDraft(m.Entry.Code!, m, si, words[m.Start].KeyAt(m.KeyIndex).ToString());
            ArgumentFinder.Assign(d, words, parties, speaker, clause, verbs, nisba);
            // «أدان المجلس الاعتداءات الإسرائيلية»: what is condemned, welcomed or refused is someone's doing.
            AttitudeObject.Assign(d, words, parties, clause, nisba, matches);
            // «الجهات الأمنية» acting is the article's interior ministry or police; as a victim it stays a group.
            for (int k = 0; k < d.Actors.Count; k++) d.Actors[k] = institutions.Link(d.Actors[k], words);
            Conjuncts.Add(d, words, parties, verbs);
            d.ElidedSubject = d.Actors.Count == 0 && OpensSentence(words, m.Start) && clause.IsFiniteVerb(m);
            d.Place = Place(d, parties);
            drafts.Add(d);
        }
        foreach (var intent in matches.Where(m => m.Entry.Kind == TriggerKind.Intent))
        {
            if (hopes.Any(h => h.Start < intent.Start && intent.Start - h.Start <= 10)) continue;
            var inner = drafts.FirstOrDefault(d => d.IntendedType is null && d.Match.Start > intent.Start && d.Match.Start <= intent.HeadEnd + 6);
            var actor = ArgumentFinder.Before(intent.Start, parties)
                        ?? (ArgumentFinder.InsideQuotation(words, intent.Start) ? speaker : null);
            EventDraft agree;
            if (inner is not null)
            {
                agree = inner;
                agree.IntendedType = inner.Code.Type;
                agree.Intent = intent;
                // «تنوي عقد اجتماع»: every trigger of the intended event is part of it, none is a meeting of its own.
                drafts.RemoveAll(d => !ReferenceEquals(d, inner) && d.IntendedType is null && d.Code.Type == inner.Code.Type
                                      && d.Match.Start > intent.Start && d.Match.Start <= intent.HeadEnd + 6);
                var previous = inner.Actors.Concat(inner.Recipients).ToList();
                agree.Actors.Clear();
                agree.Recipients.Clear();
                if (actor is not null) agree.AddActor(actor);
                foreach (var p in previous) if (!ReferenceEquals(p, actor)) agree.AddRecipient(p);
            }
            else
            {
                agree = new EventDraft(_table.Lookup("030")!, intent, si, words[intent.Start].KeyAt(intent.KeyIndex).ToString()) { IntendedType = "AGREE", Intent = intent };
                if (actor is not null) agree.AddActor(actor);
                foreach (var p in parties.Where(p => p.Start >= intent.HeadEnd && p.Start < intent.HeadEnd + 10 && !p.IsPlace))
                    agree.AddRecipient(p);
                drafts.Add(agree);
            }
            agree.Code = _table.Lookup(IntentCode(agree.IntendedType!))!;
        }
        // «مستعدون للاجتماع» said at a meeting that takes place is part of that meeting, not a separate offer.
        if (drafts.Any(d => d.Code.Type == "CONSULT" && d.IntendedType is null))
            drafts.RemoveAll(d => d.IntendedType == "CONSULT");
        drafts.Sort((a, b) => a.Match.Start.CompareTo(b.Match.Start));
        return drafts;
    }

    // Particles that may come before a sentence's first verb: «كما دعا», «ثم طالب», «وقد حكمت».
    private static readonly HashSet<string> s_openers = new(["كما", "ثم", "قد", "وقد", "فقد", "لقد", "كذلك"], StringComparer.Ordinal);

    /// <summary>The sentence's first word after the particles that may come before its verb.</summary>
    private static int OpeningWord(WordKeys[] words)
    {
        int i = 0;
        while (i < words.Length && s_openers.Contains(words[i].Key)) i++;
        return i;
    }

    private static bool OpensSentence(WordKeys[] words, int start)
    {
        for (int i = 0; i < start; i++) if (!s_openers.Contains(words[i].Key)) return false;
        return true;
    }

    /// <summary>Where the event happens: the first named place of the sentence that is not one of its parties.</summary>
    private static string? Place(EventDraft d, List<Party> parties)
    {
        foreach (var p in parties)
            if (p.IsPlace && p.EntityIds.Count == 1 && !d.Actors.Contains(p) && !d.Recipients.Contains(p)) return p.EntityIds[0];
        return null;
    }

    /// <summary>CAMEO's "express intent to…" code for the category of the intended action.</summary>
    private static string IntentCode(string intended) => intended switch
    {
        "CONSULT" => "036",
        "COOPERATE" => "031",
        "AID" => "033",
        "SUPPORT" => "032",
        "RETREAT" or "CONCEDE" => "035",
        _ => "030",
    };

    /// <summary>One event per category and sentence, as PLOVER codes it: same-category mentions join their parties.</summary>
    private static List<EventDraft> MergeSameType(List<EventDraft> drafts)
    {
        var merged = new List<EventDraft>();
        foreach (var d in drafts)
        {
            var same = merged.FirstOrDefault(e => e.Code.Type == d.Code.Type);
            if (same is null) { merged.Add(d); continue; }
            same.Absorb(d);
            if (d.DefiniteKeys.Count > 0) same.DefiniteKeys.UnionWith(d.DefiniteKeys);
        }
        return merged;
    }

    /// <summary>
    /// The last draft kept no more than <paramref name="sentences"/> sentences before sentence <paramref name="si"/>
    /// that <paramref name="match"/> accepts (drafts are kept in sentence order, so the search stops there).
    /// </summary>
    private static EventDraft? LastWithin(List<EventDraft> kept, int si, int sentences, Func<EventDraft, bool> match)
    {
        for (int i = kept.Count - 1; i >= 0 && si - kept[i].Sentence <= sentences; i--)
            if (match(kept[i])) return kept[i];
        return null;
    }

    /// <summary>Who speaks in the sentence: the quote's speaker, else the subject of its speech verb.</summary>
    /// <param name="overlapping">Indexes of the quotes that overlap the sentence, in layer order.</param>
    private static Party? Speaker(WordKeys[] words, List<Party> parties, IReadOnlyList<Quote> quotes, List<int> overlapping)
    {
        foreach (int qi in overlapping)
        {
            var q = quotes[qi];
            if (q.SpeakerId is null) continue;
            var p = parties.FirstOrDefault(x => x.EntityIds.Contains(q.SpeakerId));
            if (p is not null) return p;
        }
        for (int i = 0; i < words.Length; i++)
        {
            if (!words[i].AnyKeyIn(SpeechVerbs)) continue;
            return parties.FirstOrDefault(p => p.Start > i && p.Start <= i + 8 && !p.IsPlace);
        }
        return null;
    }

    /// <param name="starting">Indexes of the time expressions that start in the sentence, in layer order.</param>
    private static int? SentenceYear(IReadOnlyList<TimeExpression> times, List<int> starting)
    {
        foreach (int ti in starting)
        {
            var t = times[ti];
            if (t.Type != TimeType.DATE) continue;
            if (t.Value.Length >= 4 && int.TryParse(t.Value.AsSpan(0, 4), out int y)) return y;
        }
        return null;
    }

    private static Event ToEvent(EventDraft d, TextSpan sentence, WordKeys[] words, EntityLookup entities, IReadOnlyList<TimeExpression> times, List<int> starting)
    {
        var actors = Ids(d.Actors);
        var recipients = Ids(d.Recipients).Where(id => !actors.Contains(id)).ToList();
        var states = new List<string>();
        foreach (var id in actors)
        {
            var e = entities.ById(id);
            if (e is null || e.Type == EntityType.GPE || e.Country is null) continue;
            var state = entities.ByKbIdOrId(e.Country);
            string stateId = state?.Id ?? e.Country;
            if (!states.Contains(stateId)) states.Add(stateId);
        }
        int? timeIndex = null;
        foreach (int i in starting)
            if (times[i].Span.End <= sentence.End && times[i].Type is TimeType.DATE or TimeType.TIME && !BoundsAState(words, times[i].Span.Start))
            { timeIndex = i; break; }
        var trigger = TextSpan.FromBounds(words[d.Match.Start].Span.Start, words[d.Match.HeadEnd - 1].Span.End);
        string? place = d.Place;
        return new Event(
            d.Code.Type, d.Code.Mode, d.Code.Context, actors, recipients, place, timeIndex, sentence, trigger, d.Aux,
            states.Count > 0 ? states : null, d.Code.Cameo,
            d.Actors.Select(p => p.Span).ToList(), d.Recipients.Select(p => p.Span).ToList());
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_timeBounds = EventWords.Set("time-bounds").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a time opens with «منذ» or «حتى» or follows one (with any proclitic: «وحتى الآن»): such a time
    /// bounds a state («موقوف منذ الخميس») and is not when the sentence's event happened.</summary>
    private static bool BoundsAState(WordKeys[] words, int timeStart)
    {
        int k = -1;
        while (k + 1 < words.Length && words[k + 1].Token.Span.Start <= timeStart) k++;
        if (k < 0) return false;
        if (words[k].AnyKeyIn(s_timeBounds)) return true;
        return words[k].Token.Span.Start == timeStart && k > 0 && words[k - 1].AnyKeyIn(s_timeBounds);
    }

    private static bool SameParties(EventDraft a, EventDraft b)
    {
        var aa = Ids(a.Actors);
        var ar = Ids(a.Recipients);
        return aa.Count > 0 && ar.Count > 0 && aa.ToHashSet().SetEquals(Ids(b.Actors)) && ar.ToHashSet().SetEquals(Ids(b.Recipients));
    }

    private static List<string> Ids(List<Party> parties)
    {
        var ids = new List<string>();
        foreach (var p in parties)
            foreach (var id in p.EntityIds)
                if (!ids.Contains(id)) ids.Add(id);
        return ids;
    }
}

/// <summary>What became of an event the rules drafted (<see cref="EventStep.Diagnose"/>).</summary>
public enum EventStage
{
    /// <summary>Coded: the classifier accepted it.</summary>
    Kept,
    /// <summary>The classifier rejected it.</summary>
    Rejected,
    /// <summary>Dropped: nobody in its clause does it (and no named victim of violence).</summary>
    NoActor,
    /// <summary>Dropped: a statement, meeting or demand whose actors are all unnamed.</summary>
    UnnamedActor,
    /// <summary>Joined to the same event of a sentence or two before (told again).</summary>
    ToldAgain,
}

/// <summary>An event the lexicon coded, with the features the classifier decides on.</summary>
internal sealed record EventCandidate(Event Event, int[] Features);
