using Marsad.Knowledge.Kb;
using Marsad.Knowledge.Matching;
using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Gathers mentions and references into the article's entities: one per KB entity; names the KB does not know
/// join an earlier unknown name they match (same spelling, a spelling variant, or its last word) or start a new
/// document-local entity named by its Arabic form.
/// </summary>
internal sealed class EntityGatherer(KnowledgeBase kb, string text)
{
    private sealed class Draft
    {
        public required string Key;
        public string? KbId;
        public EntityType Type;
        public string? Name;
        public string NameAr = "";
        public string? Country;
        public readonly List<TextSpan> Mentions = [];
        public readonly List<TextSpan> References = [];
        // the same spans as sets: an entity named on every page of a long text would otherwise be searched in full each time
        public readonly HashSet<TextSpan> MentionSet = [];
        public readonly HashSet<TextSpan> ReferenceSet = [];
        public int First = int.MaxValue;
    }

    private readonly Dictionary<string, Draft> _drafts = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _keyByStart = [];
    private int _local;

    /// <summary>Adds a found name as a mention; returns the key of its entity.</summary>
    public string Add(FoundName f)
    {
        var span = TextSpan.FromBounds(f.Start, f.End);
        string surface = text.Substring(f.Start, f.End - f.Start);
        Draft d;
        if (f.KbId is { } id) d = Ensure(id)!;
        else
        {
            d = _drafts.Values.FirstOrDefault(x => x.KbId is null && x.Type == f.Type && SameName(x.NameAr, surface))
                ?? New("local:" + (++_local), null, f.Type, null, null);
        }
        AddMention(d, span, surface);
        _keyByStart[f.Start] = d.Key;
        return d.Key;
    }

    /// <summary>
    /// Adds a mention to an entity already gathered (a surname, a variant); a nickname (<paramref name="names"/>
    /// false) is a mention but never the entity's Arabic name, which stays the person's own.
    /// </summary>
    public void AddMention(string key, TextSpan span, int start, bool names = true)
    {
        AddMention(_drafts[key], span, text.Substring(span.Start, span.Length), names);
        _keyByStart[start] = key;
    }

    public void AddOutlet(string key, string name, string nameAr, TextSpan span)
    {
        var d = _drafts.GetValueOrDefault(key) ?? New(key, null, EntityType.ORG, name, null);
        AddMention(d, span, text.Substring(span.Start, span.Length));
        if (d.NameAr.Length == 0) d.NameAr = nameAr;
    }

    /// <summary>The key of the entity a found name (by its start) belongs to.</summary>
    public string? KeyAt(int start) => _keyByStart.GetValueOrDefault(start);

    public string? KbIdOf(string key) => _drafts.TryGetValue(key, out var d) ? d.KbId : null;

    public EntityType TypeOf(string key) => _drafts[key].Type;

    public IEnumerable<(string Key, EntityType Type, string NameAr, int MentionCount)> Entities =>
        _drafts.Values.Select(d => (d.Key, d.Type, d.NameAr, d.Mentions.Count));

    /// <summary>The entity of a KB id, created (without mentions) when the article has not named it.</summary>
    public string? EnsureKey(string kbId) => Ensure(kbId)?.Key;

    /// <summary>Every reference span gathered so far, of any entity.</summary>
    public IEnumerable<TextSpan> References => _drafts.Values.SelectMany(d => d.References);

    public void AddReference(string key, TextSpan span)
    {
        var d = _drafts[key];
        if (d.ReferenceSet.Add(span)) d.References.Add(span);
        d.First = Math.Min(d.First, span.Start);
    }

    public List<Entity> Build()
    {
        var list = _drafts.Values.Where(d => d.Mentions.Count + d.References.Count > 0).OrderBy(d => d.First).ToList();
        var result = new List<Entity>(list.Count);
        int n = 0;
        foreach (var d in list)
        {
            d.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            d.References.Sort((a, b) => a.Start.CompareTo(b.Start));
            string nameAr = d.NameAr.Length > 0 ? d.NameAr : (d.KbId is { } k ? kb.Get(k)?.NamesAr[0] ?? "" : "");
            result.Add(new Entity("e" + (++n), d.Type, d.Name ?? nameAr, nameAr, d.KbId, [.. d.Mentions], [.. d.References], d.Country));
        }
        return result;
    }

    private Draft? Ensure(string kbId)
    {
        if (_drafts.TryGetValue(kbId, out var d)) return d;
        var e = kb.Get(kbId);
        if (e is null) return null;
        string? country = e.Country is { } c && c != e.Id ? c : null;
        return New(kbId, kbId, (EntityType)(byte)e.Type, e.Name, country);
    }

    private Draft New(string key, string? kbId, EntityType type, string? name, string? country)
    {
        var d = new Draft { Key = key, KbId = kbId, Type = type, Name = name, Country = country };
        _drafts[key] = d;
        return d;
    }

    private static void AddMention(Draft d, TextSpan span, string surface, bool names = true)
    {
        if (!d.MentionSet.Add(span)) return;
        d.Mentions.Add(span);
        d.First = Math.Min(d.First, span.Start);
        // The fullest form the article uses is the entity's Arabic name.
        if (names && surface.Length > d.NameAr.Length) d.NameAr = surface;
    }

    private static bool SameName(string known, string surface)
    {
        if (NameMatcher.Same(known, surface)) return true;
        int k = known.LastIndexOf(' '), s = surface.LastIndexOf(' ');
        // A surname alone (or a full name after its surname) joins the full name.
        return (s < 0 && k > 0 && NameMatcher.Same(known[(k + 1)..], surface))
            || (k < 0 && s > 0 && NameMatcher.Same(surface[(s + 1)..], known));
    }
}
