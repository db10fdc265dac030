using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Text.Lexicons;

namespace Marsad.Corpus.Stories;

/// <summary>
/// What an article reports beyond its words, as story terms: who it is about (its main people, organisations and works,
/// by corpus-wide key, so that two spellings of one name meet) and what happened (each event's type, and its type with
/// each actor and recipient); where, as the places its headline names. The terms are prefixed so that they never collide with words, and they are
/// weighed by <see cref="KeyTerms"/> like words: a name every article carries weighs nothing.
/// </summary>
/// <param name="TitlePlaces">The places the headline names (entity keys): where the happening is. Two headlines naming
/// different places and no common one report different happenings (rain in Taif, rain in Jazan).</param>
/// <param name="Profile">Who and where the article is about: its main entities of every type (places too), by key; an
/// unlinked name of a person by its first and last word, so «خالد بحاح» and «خالد محفوظ بحاح» meet. Two stories of one
/// happening told in other words share it (<see cref="StoryClusterer"/>'s follow-up merge).</param>
/// <param name="TitleActors">The main people and organisations the headline names (profile keys): who the news is about.</param>
public sealed record StorySignals(IReadOnlyList<(string Term, int Weight)> Terms, IReadOnlySet<string> TitlePlaces,
    IReadOnlyList<string> Profile, IReadOnlySet<string> TitleActors)
{
    public StorySignals(IReadOnlyList<(string Term, int Weight)> terms, IReadOnlySet<string> titlePlaces)
        : this(terms, titlePlaces, [], new HashSet<string>()) { }

    public static readonly StorySignals None = new([], new HashSet<string>());

    /// <summary>The signals of an analysed article with this headline.</summary>
    public static StorySignals From(ArticleFacts facts, string? title)
    {
        var terms = new List<(string, int)>();
        var places = new HashSet<string>(StringComparer.Ordinal);
        string foldedTitle = title is null ? "" : " " + SearchKeys.Keyword(title) + " ";
        foreach (var e in facts.Entities)
            if (e.Type is "GPE" or "LOC" or "FAC" && foldedTitle.Length > 2 && e.Surfaces.Any(s => NamedInTitle(foldedTitle, s)) && !e.Surfaces.Any(s => OpensAsActor(title!, s)))
                places.Add(e.Key);
        foreach (var e in facts.Entities)
            // Places do not pull articles together (many happenings share a city); they keep them apart (TitlePlaces).
            if (e.IsMain && e.Type is not ("GPE" or "LOC" or "FAC")) terms.Add(("@" + e.Key, 1));
        foreach (var ev in facts.Events)
        {
            terms.Add(("!" + ev.Type, 1));
            foreach (var a in ev.Actors) terms.Add(("!" + ev.Type + ">" + SearchKeys.Keyword(a), 1));
            foreach (var r in ev.Recipients) terms.Add(("!" + ev.Type + "<" + SearchKeys.Keyword(r), 1));
        }
        var profile = new List<string>();
        var titleActors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in facts.Entities)
        {
            if (!e.IsMain) continue;
            string key = ProfileKey(e);
            if (profile.Contains(key)) continue;
            profile.Add(key);
            if (e.Type is "PER" or "ORG" && foldedTitle.Length > 2 && e.Surfaces.Any(s => ActorInTitle(foldedTitle, s, e.Type))) titleActors.Add(key);
        }
        return new StorySignals(terms, places, profile, titleActors);
    }

    /// <summary>The entity's key, but an unlinked person of two words or more by the first and last word of the name:
    /// Arabic names are written with and without the father's name («خالد محفوظ بحاح», «خالد بحاح»).</summary>
    private static string ProfileKey(FactEntity e)
    {
        if (e.Type != "PER" || e.KbId is { Length: > 0 }) return e.Key;
        var words = SearchKeys.Keyword(e.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? e.Key : "per~" + words[0] + " " + words[^1];
    }

    /// <summary>Whether the headline names the person (whole name, or the family name alone: «كيري:») or the organisation
    /// (its whole name: a generic word of it, «المدني», names no one).</summary>
    private static bool ActorInTitle(string foldedTitle, string surface, string type)
    {
        if (InTitle(foldedTitle, surface)) return true;
        if (type != "PER") return false;
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1].Length >= 3 && InTitle(foldedTitle, words[^1]);
    }

    /// <summary>
    /// Whether the headline opens with the name and goes straight on («واشنطن تنتظر رد…»، «موسكو تنفي»): a capital or a
    /// state as the subject stands for its government acting, not for where the happening is. A dateline («جدة: …»,
    /// «جدة - …») is a place.
    /// </summary>
    private static bool OpensAsActor(string title, string surface)
    {
        string t = title.TrimStart();
        int words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, end = 0;
        for (int w = 0; w < words && end >= 0; w++) end = t.IndexOf(' ', end + (w == 0 ? 0 : 1));
        if (end <= 0 || SearchKeys.Keyword(t[..end]) != SearchKeys.Keyword(surface)) return false;
        return char.IsLetter(t[end - 1]) && end + 1 < t.Length && char.IsLetter(t[end + 1]);
    }

    /// <summary>
    /// Whether the headline names the place: its whole name, or the distinctive word of a longer name, as headlines
    /// shorten them («مكة المكرمة» → «بمكة», «منطقة المدينة المنورة» → «بالمدينة», «المنطقة الشرقية» → «انتخابات الشرقية»).
    /// The generic words of a place name (region, province, directions) name no place on their own.
    /// </summary>
    internal static bool HeadlineNames(string title, string surface) => NamedInTitle(" " + SearchKeys.Keyword(title) + " ", surface);

    private static bool NamedInTitle(string foldedTitle, string surface)
    {
        if (InTitle(foldedTitle, surface)) return true;
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return false;
        foreach (var w in words)
            if (w.Length >= 3 && !GenericPlaceWords.Contains(SearchKeys.Keyword(w)) && InTitle(foldedTitle, w)) return true;
        return false;
    }

    private static readonly HashSet<string> GenericPlaceWords =
        LexiconReader.ResourceWords(typeof(StorySignals).Assembly, "Marsad.Corpus.Stories.generic-place-words.txt")
            .Select(SearchKeys.Keyword).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the headline holds the name as whole words, with or without a one-letter proclitic (بالطائف، والرياض).</summary>
    private static bool InTitle(string foldedTitle, string surface)
    {
        string name = SearchKeys.Keyword(surface);
        if (name.Length < 3) return false;
        for (int at = foldedTitle.IndexOf(name, StringComparison.Ordinal); at >= 0; at = foldedTitle.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            int before = at - 1, after = at + name.Length;
            bool startOk = foldedTitle[before] == ' ' || (before > 0 && foldedTitle[before - 1] == ' ' && foldedTitle[before] is 'ب' or 'و' or 'ف' or 'ل');
            if (startOk && (after >= foldedTitle.Length || !char.IsLetter(foldedTitle[after]))) return true;
        }
        return false;
    }
}
