using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>One word of a lexicon pattern: alternatives separated by |, each exact or a prefix (x*), matched on folded keys.</summary>
internal sealed class WordPattern
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private readonly List<string> _prefixes = [];

    public WordPattern(string spec)
    {
        foreach (var alt in spec.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (alt.EndsWith('*')) _prefixes.Add(ArabicFolder.Fold(alt.AsSpan(0, alt.Length - 1)));
            else _exact.Add(ArabicFolder.Fold(alt));
        }
        _exactBySpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IEnumerable<string> Exact => _exact;
    public IReadOnlyList<string> Prefixes => _prefixes;

    public bool Matches(ReadOnlySpan<char> key)
    {
        if (_exactBySpan.Contains(key)) return true;
        foreach (var p in _prefixes)
            if (key.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The index of the first key of <paramref name="word"/> that matches, or -1.</summary>
    public int MatchIndex(WordKeys word)
    {
        for (int i = 0; i < word.KeyCount; i++)
            if (Matches(word.KeyAt(i))) return i;
        return -1;
    }
}
