namespace Marsad.Analysis.Events;

/// <summary>The article's entities by id and by knowledge-base id: the first in layer order, as a scan would find it.</summary>
internal sealed class EntityLookup
{
    private readonly IReadOnlyList<Entity> _entities;
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byKbId = new(StringComparer.Ordinal);

    public EntityLookup(IReadOnlyList<Entity> entities)
    {
        _entities = entities;
        for (int i = 0; i < entities.Count; i++)
        {
            _byId.TryAdd(entities[i].Id, i);
            if (entities[i].KbId is { } kb) _byKbId.TryAdd(kb, i);
        }
    }

    /// <summary>The first entity whose id is <paramref name="id"/>.</summary>
    public Entity? ById(string id) => _byId.TryGetValue(id, out int i) ? _entities[i] : null;

    /// <summary>The first entity whose knowledge-base id or id is <paramref name="id"/>.</summary>
    public Entity? ByKbIdOrId(string id)
    {
        int a = _byKbId.TryGetValue(id, out int k) ? k : int.MaxValue;
        int b = _byId.TryGetValue(id, out int j) ? j : int.MaxValue;
        int first = Math.Min(a, b);
        return first == int.MaxValue ? null : _entities[first];
    }
}
