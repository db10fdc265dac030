using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Events;

/// <summary>How an unnamed actor usually takes part in an event.</summary>
internal enum AgentRole : byte { Neutral, Attacker, Victim, Protester }

/// <summary>
/// Unnamed actors (Data/event-agents-ar.tsv): المتظاهرون، مسلحون، الجيش، مدنيين… They stand as an event's actor or
/// recipient when the sentence names nobody, and a nationality adjective after them (قوات حفظ السلام الروسية) ties
/// them to a state.
/// </summary>
internal sealed class AgentLexicon
{
    private static readonly Lazy<AgentLexicon> s_default = new(() => Parse(EventResources.Read("event-agents-ar.tsv")));

    // PERF: one exact table and one prefix table, both looked up by span: a word costs a handful of hash lookups.
    private readonly Dictionary<string, AgentRole> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentRole> _prefixes = new(StringComparer.Ordinal);
    private Dictionary<string, AgentRole>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private Dictionary<string, AgentRole>.AlternateLookup<ReadOnlySpan<char>> _prefixesBySpan;
    private int _minPrefix = int.MaxValue, _maxPrefix;

    public static AgentLexicon Default => s_default.Value;

    public static AgentLexicon Parse(string tsv)
    {
        var lexicon = new AgentLexicon();
        foreach (var f in LexiconReader.Rows(tsv, "event-agents-ar.tsv", 3))
        {
            var role = f[1] switch
            {
                "A" => AgentRole.Attacker,
                "V" => AgentRole.Victim,
                "P" => AgentRole.Protester,
                "N" => AgentRole.Neutral,
                _ => throw f.Error($"unknown role '{f[1]}'"),
            };
            var words = new WordPattern(f[2]);
            foreach (var w in words.Exact) lexicon._exact.TryAdd(w, role);
            foreach (var p in words.Prefixes)
            {
                lexicon._prefixes.TryAdd(p, role);
                lexicon._minPrefix = Math.Min(lexicon._minPrefix, p.Length);
                lexicon._maxPrefix = Math.Max(lexicon._maxPrefix, p.Length);
            }
        }
        lexicon._exactBySpan = lexicon._exact.GetAlternateLookup<ReadOnlySpan<char>>();
        lexicon._prefixesBySpan = lexicon._prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        return lexicon;
    }

    /// <summary>The role of a word if it names an unnamed actor.</summary>
    public AgentRole? Match(WordKeys word)
    {
        if (word.Token.Kind != Marsad.Text.TokenKind.ArabicWord) return null;
        for (int k = 0; k < word.KeyCount; k++)
        {
            var key = word.KeyAt(k);
            if (_exactBySpan.TryGetValue(key, out var role)) return role;
            for (int n = _minPrefix; n <= _maxPrefix && n <= key.Length; n++)
                if (_prefixesBySpan.TryGetValue(key[..n], out role)) return role;
        }
        return null;
    }
}
