using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Corpus.Search;

/// <summary>Counts source, entity, event-type and day values over every matching document (from doc values).</summary>
internal sealed class FacetCollector : ICollector
{
    public Dictionary<string, int> Sources { get; } = [];
    public Dictionary<string, int> Entities { get; } = [];
    public Dictionary<string, int> Types { get; } = [];
    public Dictionary<int, int> Days { get; } = [];
    public int Total { get; private set; }

    private SortedDocValues? _source;
    private SortedSetDocValues? _entity, _type;
    private NumericDocValues? _date;
    private int[] _sourceCounts = [], _entityCounts = [], _typeCounts = [];
    private readonly BytesRef _scratch = new();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _source = reader.GetSortedDocValues(IndexFields.SourceFacet);
        _entity = reader.GetSortedSetDocValues(IndexFields.EntityFacet);
        _type = reader.GetSortedSetDocValues(IndexFields.TypeFacet);
        _date = reader.GetNumericDocValues(IndexFields.DateValue);
        // Ordinals are per segment: count by ordinal, name them once at the segment's end.
        _sourceCounts = new int[_source?.ValueCount ?? 0];
        _entityCounts = new int[_entity?.ValueCount ?? 0];
        _typeCounts = new int[_type?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        Total++;
        if (_source is not null && _source.GetOrd(doc) is var o and >= 0) _sourceCounts[o]++;
        Count(_entity, _entityCounts, doc);
        Count(_type, _typeCounts, doc);
        if (_date is not null && (int)_date.Get(doc) is var day and > 0)
            Days[day] = Days.GetValueOrDefault(day) + 1;
    }

    private static void Count(SortedSetDocValues? values, int[] counts, int doc)
    {
        if (values is null) return;
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
    }

    /// <summary>Call after the search to name the last segment's counts.</summary>
    public void Flush()
    {
        for (int i = 0; i < _sourceCounts.Length; i++)
            if (_sourceCounts[i] > 0) { _source!.LookupOrd(i, _scratch); Add(Sources, _scratch.Utf8ToString(), _sourceCounts[i]); }
        for (int i = 0; i < _entityCounts.Length; i++)
            if (_entityCounts[i] > 0) { _entity!.LookupOrd(i, _scratch); Add(Entities, _scratch.Utf8ToString(), _entityCounts[i]); }
        for (int i = 0; i < _typeCounts.Length; i++)
            if (_typeCounts[i] > 0) { _type!.LookupOrd(i, _scratch); Add(Types, _scratch.Utf8ToString(), _typeCounts[i]); }
        _sourceCounts = _entityCounts = _typeCounts = [];
    }

    private static void Add(Dictionary<string, int> d, string key, int n) => d[key] = d.GetValueOrDefault(key) + n;
}
