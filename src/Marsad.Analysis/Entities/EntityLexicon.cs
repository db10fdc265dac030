using Marsad.Knowledge.Kb;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The knowledge base re-keyed for scanning text: names by folded word sequence, the longest name that starts
/// with each first word, and nationality adjectives. Built once; lookups take spans, so scanning allocates nothing.
/// </summary>
internal sealed class EntityLexicon
{
    private readonly Dictionary<string, (string Id, EntityType Type)> _names;
    private readonly Dictionary<string, byte> _longestFrom;
    private readonly Dictionary<string, string> _adjectives;
    private readonly Dictionary<string, (string Id, EntityType Type)> _withShadda = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _clubs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte> _clubLongestFrom = new(StringComparer.Ordinal);
    private readonly HashSet<string> _organisationHeads;

    public EntityLexicon(KnowledgeBase kb)
    {
        Kb = kb;
        _names = new Dictionary<string, (string, EntityType)>(kb.Names.Count, StringComparer.Ordinal);
        _longestFrom = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (key, all) in kb.Names)
        {
            var listed = all;
            // a sports club's one-word name (الهلال، النصر، برشلونة) is the club only where the article is about sport
            // or a club noun is written before it; elsewhere the form is a common word or the place it shares its name with
            // (SportsClubs); a name of several words (ريال مدريد) is the club's wherever it is written
            if (NameKey.WordCount(key) == 1 && listed.FirstOrDefault(id => Kind(id) == "club") is { } club)
            {
                _clubs.TryAdd(key, club);
                AddLongest(_clubLongestFrom, key);
                listed = listed.Where(id => Kind(id) != "club").ToArray();
                if (listed.Length == 0) continue;
            }
            // stable: the builder's order within a rank; a namesake after every other candidate («بلوشستان» is the region)
            var ids = listed.OrderBy(id => IsNamesake(id) ? int.MaxValue : Prior(kb.Get(id)!)).ToArray();
            var e = kb.Get(ids[0])!;
            // A person known only by a given name (UniversalPetrarch's «عبد الله») is a piece of many names, not someone.
            if (e.Type == KbType.PER && ids.Length == 1 && Marsad.Knowledge.Names.GivenNames.Contains(key.Replace(" ", "", StringComparison.Ordinal))) continue;
            // A word that is a nationality adjective reads as the adjective («سوري» is Syrian, not Surrey, BC),
            // unless the name is the adjective's own state («سورية»).
            if (kb.Adjectives.TryGetValue(key, out var state) && state != e.Id) continue;
            _names[key] = (e.Id, (EntityType)(byte)e.Type);
            AddShaddaReading(kb, key, ids);
            // a form an outlet shares with a place or body ranked before it («الشرق الأوسط»): the outlet where quoted
            if (Kind(e.Id) != "outlet" && ids.FirstOrDefault(id => Kind(id) == "outlet") is { } outlet) _outlets[key] = outlet;
            AddLongest(_longestFrom, key);
        }
        // the first word of several organisations' names (الاتحاد الأوروبي، الاتحاد الآسيوي) is a class noun; clubs sharing a
        // name (الأهلي السعودي، الأهلي المصري) do not make one
        var organisationsByHead = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, all) in kb.Names)
        {
            int space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0) continue;
            foreach (var id in all)
                if (kb.Get(id) is { Type: KbType.ORG } && Kind(id) != "club")
                {
                    if (!organisationsByHead.TryGetValue(key[..space], out var ids)) organisationsByHead[key[..space]] = ids = new HashSet<string>(StringComparer.Ordinal);
                    ids.Add(id);
                }
        }
        _organisationHeads = organisationsByHead.Where(p => p.Value.Count >= 2).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        OrganisationHeads = _organisationHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        _adjectives = new Dictionary<string, string>(kb.Adjectives, StringComparer.Ordinal);
        Capitals = kb.Entities.Where(e => e.Capital is not null).Select(e => e.Capital!).ToHashSet(StringComparer.Ordinal);
        Names = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestFrom = _longestFrom.GetAlternateLookup<ReadOnlySpan<char>>();
        Adjectives = _adjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        WithShadda = _withShadda.GetAlternateLookup<ReadOnlySpan<char>>();
        SharedOutlets = _outlets.GetAlternateLookup<ReadOnlySpan<char>>();
        Clubs = _clubs.GetAlternateLookup<ReadOnlySpan<char>>();
        ClubLongestFrom = _clubLongestFrom.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static void AddLongest(Dictionary<string, byte> longestFrom, string key)
    {
        int space = key.IndexOf(' ', StringComparison.Ordinal);
        string first = space < 0 ? key : key[..space];
        byte words = (byte)Math.Min(255, NameKey.WordCount(key));
        if (!longestFrom.TryGetValue(first, out var n) || n < words) longestFrom[first] = words;
    }

    /// <summary>
    /// Folding drops the shadda, so «عمّان» (Amman) and «عمان» (Oman) share a key; when the first entity of a key
    /// is spelled without a shadda and another is listed with one, a name written with the shadda is the other.
    /// </summary>
    private void AddShaddaReading(KnowledgeBase kb, string key, string[] ids)
    {
        if (ids.Length < 2 || HasShaddaName(kb.Get(ids[0])!, key)) return;
        foreach (var id in ids.Skip(1))
            if (kb.Get(id) is { } other && HasShaddaName(other, key))
            {
                _withShadda[key] = (other.Id, (EntityType)(byte)other.Type);
                return;
            }
    }

    /// <summary>
    /// Which entity a written form names when several share it, before any context: states and the curated
    /// entities first, then administrative regions, cities, the long tail of places and actors, and news outlets
    /// last (الرياض is the city; the newspaper is named by its credit line or as «صحيفة الرياض»).
    /// </summary>
    public static int Prior(KbEntity e) => Kind(e.Id) switch
    {
        "state" or "per" or "org" or "loc" or "hist" => 0,
        "adm" or "region" => 1,
        "city" => 2,
        "place" => 3,
        "actor" => 4,
        "outlet" => 5,
        "club" => 6,
        _ => 3,
    };

    /// <summary>
    /// An ArWikiCats place whose title needs a qualifier («Harvard, Illinois», «Ede, Netherlands», «Triangle (Israel)»)
    /// is mostly a namesake of something better known; it has no population or country to weigh, and in news its
    /// written form nearly always means the other thing (the university, the US state, a club) or a common word
    /// (أيده، ديون، كورنيش), even after a place word («ولاية كاليفورنيا», «مدينة كويتا» is Quetta): it is not linked.
    /// </summary>
    public bool IsNamesake(string id) =>
        Kind(id) == "place" && Kb.Get(id) is { } e && (e.Name.Contains(", ", StringComparison.Ordinal) || e.Name.EndsWith(')'));

    /// <summary>The source of a knowledge-base id: its prefix (city, place, per…), or "state" for ISO codes.</summary>
    public static string Kind(string id)
    {
        int colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "state" : id[..colon];
    }

    /// <summary>
    /// Ids from the long gazetteer tails (GeoNames cities and regions, ArWikiCats places, UniversalPetrarch actors):
    /// their one-word names are often common words (الخبر، جامعة، يورو، جمال), so they need the tagger's support.
    /// </summary>
    public static bool NeedsSupport(string id) => Kind(id) is "city" or "place" or "region" or "adm" or "actor";

    private static bool HasShaddaName(KbEntity e, string key) =>
        e.NamesAr.Any(n => n.Contains(Marsad.Text.ArabicLetters.Shadda, StringComparison.Ordinal) && NameKey.Of(n) == key);

    public static EntityLexicon Default => s_default.Value;
    private static readonly Lazy<EntityLexicon> s_default = new(() => new EntityLexicon(KnowledgeBase.Default));

    public KnowledgeBase Kb { get; }

    /// <summary>The ids of the states' capitals: strong entities, like the states themselves.</summary>
    public HashSet<string> Capitals { get; }

    /// <summary>
    /// Whether an entity is strong enough that its one-word name stands without support: a state, a curated entity
    /// (person, organisation, place, historic state), or a capital; the gazetteer tails are not.
    /// </summary>
    public bool IsStrong(string id) => !NeedsSupport(id) || Capitals.Contains(id);

    /// <summary>Name key (folded words joined by one space) → the entity it names first and its type.</summary>
    public Dictionary<string, (string Id, EntityType Type)>.AlternateLookup<ReadOnlySpan<char>> Names { get; }

    /// <summary>Name key → the entity a name written with a shadda names instead (عمّان is Amman, عمان Oman).</summary>
    public Dictionary<string, (string Id, EntityType Type)>.AlternateLookup<ReadOnlySpan<char>> WithShadda { get; }

    /// <summary>
    /// Name key → the news outlet that shares it with an entity ranked first (الشرق الأوسط: the region first, the
    /// newspaper Asharq Al-Awsat here).
    /// </summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedOutlets { get; }

    /// <summary>Name key → the sports club it names in an article about sport (الهلال، النصر، ريال مدريد).</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Clubs { get; }

    /// <summary>
    /// First words of the names of two organisations or more («الاتحاد» of الاتحاد الأوروبي and الاتحاد الآسيوي): alone,
    /// such a word is a description of whichever body the article speaks of, not one club.
    /// </summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationHeads { get; }

    /// <summary>Folded first word → the most words a club's name starting with it has.</summary>
    public Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> ClubLongestFrom { get; }

    /// <summary>Folded first word → the most words a name starting with it has.</summary>
    public Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> LongestFrom { get; }

    /// <summary>Folded nationality adjective (any gender, number, with or without ال) → state id.</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Adjectives { get; }
}
