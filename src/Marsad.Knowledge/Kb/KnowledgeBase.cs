using System.IO.Compression;
using System.Reflection;
using Marsad.Knowledge.Geo;

namespace Marsad.Knowledge.Kb;

/// <summary>
/// The knowledge base: entities with Arabic names, dated roles, capitals and nationality adjectives.
/// <see cref="Default"/> is the built file embedded in this assembly (Data/kb.tsv.gz, made by `marsad kb build`).
/// </summary>
public sealed class KnowledgeBase
{
    public const string ResourceName = "Marsad.Knowledge.kb.tsv.gz";

    private static readonly Lazy<KnowledgeBase> s_default = new(LoadDefault);

    private readonly Dictionary<string, KbEntity> _byId;
    private readonly Dictionary<string, string[]> _byName;
    private readonly Dictionary<string, List<KbRole>> _rolesById;
    private readonly Dictionary<(string Role, string Country), List<KbRole>> _rolesByOffice;
    private readonly Dictionary<string, string> _adjectives;
    private readonly Dictionary<string, GeoPoint> _locations;
    private readonly Lazy<Dictionary<string, string?>> _placesByName;

    public KnowledgeBase(IReadOnlyList<KbEntity> entities, IReadOnlyList<KbRole> roles, IReadOnlyDictionary<string, string> adjectives, IReadOnlyList<string>? header = null,
        IReadOnlyDictionary<string, GeoPoint>? locations = null)
    {
        Entities = entities;
        Roles = roles;
        Header = header ?? [];
        _byId = new Dictionary<string, KbEntity>(entities.Count, StringComparer.Ordinal);
        var names = new Dictionary<string, List<string>>(entities.Count * 2, StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (!_byId.TryAdd(e.Id, e)) throw new FormatException($"knowledge base: duplicate id '{e.Id}'");
            foreach (var n in e.NamesAr)
            {
                var key = NameKey.Of(n);
                if (key.Length == 0) continue;
                if (!names.TryGetValue(key, out var ids)) names[key] = ids = [];
                if (!ids.Contains(e.Id)) ids.Add(e.Id);
            }
        }
        _byName = names.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _rolesById = [];
        _rolesByOffice = [];
        foreach (var r in roles)
        {
            if (!_rolesById.TryGetValue(r.EntityId, out var a)) _rolesById[r.EntityId] = a = [];
            a.Add(r);
            if (!_rolesByOffice.TryGetValue((r.Role, r.Country), out var b)) _rolesByOffice[(r.Role, r.Country)] = b = [];
            b.Add(r);
        }
        _adjectives = new Dictionary<string, string>(adjectives.Count, StringComparer.Ordinal);
        foreach (var (form, state) in adjectives) _adjectives[NameKey.Of(form)] = state;
        _locations = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var (id, point) in locations ?? new Dictionary<string, GeoPoint>())
            if (_byId.ContainsKey(id)) _locations[id] = point;
        _placesByName = new(PlacesByName);
    }

    /// <summary>The built-in knowledge base (loaded once, on first use).</summary>
    public static KnowledgeBase Default => s_default.Value;

    public IReadOnlyList<KbEntity> Entities { get; }
    public IReadOnlyList<KbRole> Roles { get; }
    /// <summary>The attribution lines of the file: sources and licences.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Folded nationality adjective (every gender and number, with and without ال) → state id.</summary>
    public IReadOnlyDictionary<string, string> Adjectives => _adjectives;

    /// <summary>Every name key (see <see cref="NameKey"/>) with the entities it names, most prominent first.</summary>
    public IReadOnlyDictionary<string, string[]> Names => _byName;

    public KbEntity? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Where a place is, for maps: a city's GeoNames coordinates, a region's seat, a state's outline centroid (see the
    /// file's header); null for what has no place or none is known.
    /// </summary>
    public GeoPoint? Location(string id) => _locations.TryGetValue(id, out var p) ? p : null;

    /// <summary>
    /// The located place a canonical English name («Riyadh») stands for, when the name is not in doubt: a state of that
    /// name, else the one place (GPE, LOC, FAC) of the knowledge base with that name; null for a name several places
    /// share (Santa Cruz), a name of no place, or a place with no location.
    /// </summary>
    public KbEntity? PlaceNamed(string name)
    {
        if (!_placesByName.Value.TryGetValue(name, out var id) || id is null) return null;
        return _locations.ContainsKey(id) ? _byId[id] : null;
    }

    private Dictionary<string, string?> PlacesByName()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in Entities)
        {
            if (e.Type is not (KbType.GPE or KbType.LOC or KbType.FAC)) continue;
            bool state = KbStatistics.IsState(e);
            if (!map.TryGetValue(e.Name, out var known)) map[e.Name] = e.Id;
            else if (known is not null && KbStatistics.IsState(_byId[known])) continue; // a state keeps its name
            else map[e.Name] = state ? e.Id : null; // two places of one name: in doubt
        }
        return map;
    }

    /// <summary>How many entities have a location.</summary>
    public int LocatedCount => _locations.Count;

    public IReadOnlyList<string> Find(string name) => _byName.GetValueOrDefault(NameKey.Of(name)) ?? [];

    public IReadOnlyList<KbRole> RolesOf(string id) => _rolesById.TryGetValue(id, out var r) ? r : [];

    /// <summary>The state a nationality adjective (any form) points at, or null.</summary>
    public string? StateOfAdjective(string adjective) => _adjectives.GetValueOrDefault(NameKey.Of(adjective));

    /// <summary>Who held <paramref name="role"/> of <paramref name="country"/> on <paramref name="date"/> (the latest appointed when the sources overlap).</summary>
    public KbEntity? HolderOf(string role, string country, DateOnly date)
    {
        if (!_rolesByOffice.TryGetValue((role, country), out var list)) return null;
        KbRole? best = null;
        foreach (var r in list)
            if (r.HeldOn(date) && (best is null || (r.Start ?? DateOnly.MinValue) > (best.Start ?? DateOnly.MinValue))) best = r;
        return best is null ? null : Get(best.EntityId);
    }

    public KbEntity? CapitalOf(string stateId) => Get(stateId)?.Capital is { } c ? Get(c) : null;

    public int Count(KbType type) => Entities.Count(e => e.Type == type);

    public static KnowledgeBase Load(Stream gzip)
    {
        using var z = new GZipStream(gzip, CompressionMode.Decompress);
        using var reader = new StreamReader(z);
        return KbFile.Read(reader);
    }

    private static KnowledgeBase LoadDefault()
    {
        using var s = typeof(KnowledgeBase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The knowledge base resource {ResourceName} is missing: run `marsad kb build`.");
        return Load(s);
    }
}
