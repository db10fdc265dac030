using System.IO.Compression;
using System.Reflection;

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

    public KnowledgeBase(IReadOnlyList<KbEntity> entities, IReadOnlyList<KbRole> roles, IReadOnlyDictionary<string, string> adjectives, IReadOnlyList<string>? header = null)
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
