namespace Marsad.Analysis.Entities;

/// <summary>
/// The found names by the offset they start at, for rules that ask about the names near one word while they add
/// and remove names: each question looks at the few offsets a name could start at, not at the whole list, so a
/// rule that asks once per word stays linear in the article's length. Removals are marked and applied to the list
/// by <see cref="Compact"/>, which leaves it as removing each name at once and appending new ones would have.
/// </summary>
internal sealed class FoundNameIndex
{
    private readonly List<FoundName> _found;
    private readonly List<bool> _removed = [];
    private readonly List<int> _next = []; // the name added before it at the same start, or -1
    private int[] _head;                   // per start offset: the last name added there, or -1
    private int _maxLength;
    private bool _anyRemoved;

    public FoundNameIndex(List<FoundName> found, int textLength)
    {
        _found = found;
        _head = new int[textLength + 1];
        Array.Fill(_head, -1);
        for (int i = 0; i < found.Count; i++) Index(i);
    }

    public void Add(FoundName name)
    {
        _found.Add(name);
        Index(_found.Count - 1);
    }

    /// <summary>Whether a name that shares an offset with [start, end) matches.</summary>
    public bool AnyOverlapping(int start, int end, Func<FoundName, bool> match) =>
        Any(start - _maxLength + 1, end - 1, f => f.Start < end && start < f.End && match(f));

    /// <summary>Whether a name covers all of [start, end).</summary>
    public bool AnyCovering(int start, int end) => Any(end - _maxLength, start, f => f.Start <= start && end <= f.End);

    /// <summary>The first name found that starts in [from, to] and matches, if any.</summary>
    public bool TryStartingIn(int from, int to, Func<FoundName, bool> match, out FoundName name)
    {
        for (int s = Math.Max(0, from); s <= to && s < _head.Length; s++)
            for (int i = _head[s]; i >= 0; i = _next[i])
                if (!_removed[i] && match(_found[i])) { name = _found[i]; return true; }
        name = default;
        return false;
    }

    /// <summary>Removes the names that lie inside [start, end].</summary>
    public void RemoveInside(int start, int end)
    {
        for (int s = Math.Max(0, start); s <= end && s < _head.Length; s++)
            for (int i = _head[s]; i >= 0; i = _next[i])
                if (!_removed[i] && _found[i].End <= end) { _removed[i] = true; _anyRemoved = true; }
    }

    /// <summary>Applies the removals to the list.</summary>
    public void Compact()
    {
        if (!_anyRemoved) return;
        int k = 0;
        _found.RemoveAll(_ => _removed[k++]);
    }

    private bool Any(int fromStart, int toStart, Func<FoundName, bool> match)
    {
        for (int s = Math.Max(0, fromStart); s <= toStart && s < _head.Length; s++)
            for (int i = _head[s]; i >= 0; i = _next[i])
                if (!_removed[i] && match(_found[i])) return true;
        return false;
    }

    private void Index(int i)
    {
        var f = _found[i];
        if (f.Start >= _head.Length)
        {
            int old = _head.Length;
            Array.Resize(ref _head, Math.Max(f.Start + 1, old * 2));
            Array.Fill(_head, -1, old, _head.Length - old);
        }
        _next.Add(_head[f.Start]);
        _head[f.Start] = i;
        _removed.Add(false);
        _maxLength = Math.Max(_maxLength, f.End - f.Start);
    }
}
