using Marsad.Knowledge.Kb;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The knowledge base re-keyed for scanning text: names by folded word sequence, the longest name that starts
/// with each first word, and nationality adjectives. Built once; lookups take spans, so scanning allocates nothing.
/// </summary>
public sealed class EntityLexicon
{
    private readonly Dictionary<string, (string Id, EntityType Type)> _names;
    private readonly Dictionary<string, byte> _longestFrom;
    private readonly Dictionary<string, string> _adjectives;

    public EntityLexicon(KnowledgeBase kb)
    {
        Kb = kb;
        _names = new Dictionary<string, (string, EntityType)>(kb.Names.Count, StringComparer.Ordinal);
        _longestFrom = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (key, ids) in kb.Names)
        {
            var e = kb.Get(ids[0])!;
            // A word that is a nationality adjective reads as the adjective («سوري» is Syrian, not Surrey, BC),
            // unless the name is the adjective's own state («سورية»).
            if (kb.Adjectives.TryGetValue(key, out var state) && state != e.Id) continue;
            _names[key] = (e.Id, (EntityType)(byte)e.Type);
            int space = key.IndexOf(' ');
            string first = space < 0 ? key : key[..space];
            byte words = (byte)Math.Min(255, NameKey.WordCount(key));
            if (!_longestFrom.TryGetValue(first, out var n) || n < words) _longestFrom[first] = words;
        }
        _adjectives = new Dictionary<string, string>(kb.Adjectives, StringComparer.Ordinal);
        Names = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestFrom = _longestFrom.GetAlternateLookup<ReadOnlySpan<char>>();
        Adjectives = _adjectives.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EntityLexicon Default => s_default.Value;
    private static readonly Lazy<EntityLexicon> s_default = new(() => new EntityLexicon(KnowledgeBase.Default));

    public KnowledgeBase Kb { get; }

    /// <summary>Name key (folded words joined by one space) → the entity it names first and its type.</summary>
    public Dictionary<string, (string Id, EntityType Type)>.AlternateLookup<ReadOnlySpan<char>> Names { get; }

    /// <summary>Folded first word → the most words a name starting with it has.</summary>
    public Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> LongestFrom { get; }

    /// <summary>Folded nationality adjective (any gender, number, with or without ال) → state id.</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Adjectives { get; }
}
