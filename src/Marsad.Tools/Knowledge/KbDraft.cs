using Marsad.Knowledge.Geo;
using Marsad.Knowledge.Kb;

namespace Marsad.Tools.Knowledge;

/// <summary>
/// The knowledge base while it is being built: entities keyed by id in the order first added (earlier sources
/// rank first when a name is ambiguous), Arabic names merged without repeats, roles deduplicated.
/// </summary>
internal sealed class KbDraft
{
    private sealed class Item
    {
        public required string Id;
        public required KbType Type;
        public required string Name;
        public string? Country;
        public string? Capital;
        public readonly List<string> NamesAr = [];
        public readonly HashSet<string> Keys = new(StringComparer.Ordinal);
    }

    private readonly Dictionary<string, Item> _items = new(StringComparer.Ordinal);
    private readonly List<Item> _order = [];
    private readonly Dictionary<string, string> _firstByKey = new(StringComparer.Ordinal);
    private readonly HashSet<KbRole> _roles = [];
    private readonly List<KbRole> _roleOrder = [];
    private readonly Dictionary<string, string> _adjectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GeoPoint> _locations = new(StringComparer.Ordinal);

    public bool Contains(string id) => _items.ContainsKey(id);

    public int Count => _order.Count;

    /// <summary>Adds an entity or merges names into the one with this id; an existing English name, country or capital is kept.</summary>
    public void Add(string id, KbType type, string name, IEnumerable<string> namesAr, string? country = null)
    {
        if (!_items.TryGetValue(id, out var item))
        {
            item = new Item { Id = id, Type = type, Name = name, Country = country };
            _items[id] = item;
            _order.Add(item);
        }
        else item.Country ??= country;
        AddNames(id, namesAr);
    }

    public void AddNames(string id, IEnumerable<string> namesAr)
    {
        var item = _items[id];
        foreach (var raw in namesAr)
        {
            var n = Clean(raw);
            if (n.Length == 0) continue;
            var key = NameKey.Of(n);
            if (key.Length < 2 || !item.Keys.Add(key)) continue;
            item.NamesAr.Add(n);
            _firstByKey.TryAdd(key, id);
        }
    }

    /// <summary>The id of the first entity that took this name, if any.</summary>
    public string? OwnerOf(string name) => _firstByKey.GetValueOrDefault(NameKey.Of(Clean(name)));

    public KbType TypeOf(string id) => _items[id].Type;

    public void SetCapital(string stateId, string cityId)
    {
        _items[stateId].Capital = cityId;
        _items[cityId].Country ??= stateId;
    }

    /// <summary>Replaces the English canonical name (a common name over an official one: Russia, not Russian Federation).</summary>
    public void SetName(string id, string name) => _items[id].Name = name;

    public string NameOf(string id) => _items[id].Name;

    public void SetCountry(string id, string country) => _items[id].Country ??= country;

    /// <summary>Where a place is; the first source to place it keeps it.</summary>
    public void SetLocation(string id, GeoPoint point)
    {
        if (_items.ContainsKey(id)) _locations.TryAdd(id, point);
    }

    public GeoPoint? LocationOf(string id) => _locations.TryGetValue(id, out var p) ? p : null;

    /// <summary>The ids of the entities, in the order first added.</summary>
    public IEnumerable<string> Ids => _order.Select(i => i.Id);

    public string? CapitalOf(string stateId) => _items[stateId].Capital;

    public void AddRole(KbRole role)
    {
        if (_roles.Add(role)) _roleOrder.Add(role);
    }

    public void AddAdjective(string form, string state)
    {
        var key = NameKey.Of(form);
        if (key.Length > 1) _adjectives.TryAdd(key, state);
    }

    public KnowledgeBase ToKnowledgeBase(IReadOnlyList<string> header) =>
        new([.. _order.Where(i => i.NamesAr.Count > 0).Select(i => new KbEntity(i.Id, i.Type, i.Name, [.. i.NamesAr], i.Country, i.Capital))],
            [.. _roleOrder.Where(r => _items.ContainsKey(r.EntityId))], _adjectives, header, _locations);

    /// <summary>Drops parenthetical qualifiers («آربيرغ (سويسرا)»), underscores and surrounding spaces.</summary>
    public static string Clean(string name)
    {
        int p = name.IndexOf('(', StringComparison.Ordinal);
        if (p > 0) name = name[..p];
        p = name.IndexOf(',', StringComparison.Ordinal);
        if (p > 0 && name.Any(ch => ch >= '\u0600' && ch <= '\u06FF')) name = name[..p];
        name = name.Replace('_', ' ').Replace('،', ' ');
        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
