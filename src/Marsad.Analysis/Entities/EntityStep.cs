using Marsad.Analysis.Pipeline;
using Marsad.Knowledge.Kb;
using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Names, entities and nominal references: knowledge-base names over word n-grams (with proclitics), names the
/// optional statistical tagger finds that the KB does not know, surnames and spelling variants of names already
/// found, the credit line's outlets; then titles and roles tied to the entities they point at.
/// </summary>
public sealed class EntityStep : IAnalysisStep
{
    private readonly EntityLexicon _lexicon;
    private readonly INameTagger? _tagger;
    private readonly NameFinder _finder;

    public EntityStep(INameTagger? tagger = null) : this(null, tagger) { }

    internal EntityStep(EntityLexicon? lexicon, INameTagger? tagger = null)
    {
        _lexicon = lexicon ?? EntityLexicon.Default;
        _tagger = tagger;
        _finder = new NameFinder(_lexicon);
    }

    public string Name => "entities";
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence), typeof(ArticleWords), typeof(Paragraph), typeof(Section), typeof(CreditLine)];
    public IReadOnlyList<Type> Optional => [typeof(Quantity), typeof(TimeExpression), typeof(SourceChain)];
    public IReadOnlyList<Type> Produces => [typeof(Mention), typeof(Entity)];

    public void Run(Document document)
    {
        string text = document.Text;
        var tokens = document.Layer<Token>();
        var words = new WordTable(text, tokens, ArticleWords.Of(document), document.Layer<CreditLine>());
        var found = _finder.Find(text, words);
        if (_tagger is not null)
        {
            var tagged = _tagger.Tag(text, tokens, document.Layer<Sentence>());
            found.RemoveAll(f => !Supported(text, words, f, tagged));
            AddTagged(text, words, found, tagged, FiguresAndTimes(document));
        }
        InstitutionFinder.Add(text, words, found, _tagger);
        UnknownPersonFinder.Add(text, words, found, _lexicon, _tagger);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        SurnameAttacher.Attach(text, words, found, _lexicon);
        var entities = new EntityGatherer(_lexicon.Kb, text);
        foreach (var f in found) entities.Add(f);
        SurnameFinder.Add(text, words, found, entities, _tagger);
        AddOutlets(document, entities);
        var date = document.Metadata.Published?.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        new Coreference(_lexicon, text, words, found, entities, date, document.Metadata.Publisher).Resolve();
        var result = entities.Build();
        var mentions = new List<Mention>();
        foreach (var e in result)
            foreach (var m in e.Mentions) mentions.Add(new Mention(m, e.Type, e.KbId));
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.SetLayer(mentions);
        document.SetLayer(result);
    }

    /// <summary>Tagger names the KB did not find (no overlap with a KB name), linked to the KB when their text names a KB entity.</summary>
    private void AddTagged(string text, WordTable words, List<FoundName> found, IReadOnlyList<TaggedName> tagged, IEnumerable<TextSpan> notNames)
    {
        // A word inside a figure or a date («4 مليارات دولار», «شباط/فبراير») is a unit or a month, not a name.
        var taken = new List<(int Start, int End)>(found.Select(f => (f.Start, f.End)).Concat(notNames.Select(s => (s.Start, s.End))));
        foreach (var t in tagged)
        {
            if (t.Confidence < 0.5f || taken.Any(s => s.Start < t.Span.End && t.Span.Start < s.End)) continue;
            int first = words.Words.FindIndex(w => w.End > t.Span.Start);
            int last = words.Words.FindLastIndex(w => w.Start < t.Span.End);
            if (first < 0 || last < first || words.Words[first].InCredit) continue;
            var key = NameKey.Of(text.Substring(t.Span.Start, t.Span.Length));
            // God in formulas, and currencies and units (اليورو، الدولار) the tagger reads as names, are no entities
            if (Marsad.Knowledge.Names.NotEntities.Contains(key) || Quantities.QuantityLexicon.IsUnitWord(key)) continue;
            string? id = null;
            var type = t.Type;
            if (_lexicon.Names.TryGetValue(key, out var hit)) { id = hit.Id; type = hit.Type; }
            found.Add(new FoundName(t.Span.Start, t.Span.End, first, last - first + 1, id, type));
            taken.Add((t.Span.Start, t.Span.End));
        }
    }

    // Words that say the next word is a place («محافظة الخبر», «مدينة جمال»).
    private static readonly HashSet<string> PlaceWords = NameWords.Set("place-words");

    /// <summary>
    /// A one-word name from the long gazetteer tails that is mostly a common word (the tagger learned which words
    /// ANERcorp uses mostly outside names) is a name only when the tagger reads a name there or a place word stands
    /// before it: «رابط الخبر» is "the news", «جامعة» a university, while «محافظة الخبر» is Khobar.
    /// </summary>
    private bool Supported(string text, WordTable words, FoundName f, IReadOnlyList<TaggedName> tagged)
    {
        if (f.WordCount > 1 || f.KbId is null || !EntityLexicon.NeedsSupport(f.KbId)) return true;
        var key = NameKey.Of(text.Substring(f.Start, f.End - f.Start));
        // Doubtful: a common word (الخبر), a word the unit list knows (يورو is the euro), or a name read by cutting a
        // letter off a common word (كبيرا is not ك + بيرا).
        var whole = words.Key(f.FirstWord);
        bool doubtful = _tagger!.IsCommonWord(key) || key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && _tagger.IsCommonWord(key.AsSpan(2))
                        || Quantities.QuantityLexicon.IsUnitWord(key)
                        || !whole.SequenceEqual(key) && _tagger.IsCommonWord(whole);
        if (!doubtful) return true;
        // the tagger reads «اليورو» as a name too: a unit word needs a place word before it
        if (!Quantities.QuantityLexicon.IsUnitWord(key))
            foreach (var t in tagged)
                if (t.Span.Start < f.End && f.Start < t.Span.End && t.Confidence >= 0.5f) return true;
        if (f.FirstWord == 0 || words.Words[f.FirstWord].BreakBefore) return false;
        var before = words.Key(f.FirstWord - 1);
        return PlaceWords.Contains(before.ToString()) || before.Length > 1 && before[0] is 'و' or 'ف' or 'ب' or 'ل' && PlaceWords.Contains(before[1..].ToString());
    }

    private static IEnumerable<TextSpan> FiguresAndTimes(Document document) =>
        document.Layer<Quantity>().Select(q => q.Span).Concat(document.Layer<TimeExpression>().Select(t => t.Span));

    /// <summary>A credit-line name glued to an edition number («سيرياهوم نيوز3») is the name without it.</summary>
    private static TextSpan Trim(string text, TextSpan span)
    {
        int end = span.End;
        while (end > span.Start && (char.IsWhiteSpace(text[end - 1]) || ArabicLetters.IsDigit(text[end - 1]))) end--;
        return TextSpan.FromBounds(span.Start, end);
    }

    /// <summary>The publisher and origin the credit line names are organisations of the article.</summary>
    private static void AddOutlets(Document document, EntityGatherer entities)
    {
        foreach (var party in new[] { document.Source?.Publisher, document.Source?.Origin })
            if (party?.Span is { } whole && Trim(document.Text, whole) is { Length: > 0 } span)
                entities.AddOutlet(party.Id is null ? "outlet:" + party.NameAr : "outlet:" + party.Id, party.Name, party.NameAr, span);
    }
}
