using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Marsad.Knowledge.Outlets;

namespace Marsad.Corpus.Search;

/// <summary>The fields a search can be narrowed by, outside the query text.</summary>
public enum FilterField { Date, Source, Country, Entity, Speaker, Type }

/// <summary>
/// Filters beside the query: a date range, and values of source, country (of the outlet), entity, speaker and
/// event type. Values of one field are alternatives (OR); fields combine (AND). They narrow the hits without
/// changing their scores.
/// </summary>
public sealed record SearchFilters
{
    /// <summary>More values than this in one field is not a filter a person chose; refused with a message.</summary>
    public const int MaxValuesPerField = 20;

    public static readonly SearchFilters None = new();

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>ISO 3166 codes of the outlets' countries (the outlet table's country column).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Entities { get; init; } = [];
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public IReadOnlyList<string> Types { get; init; } = [];

    public bool IsEmpty => From is null && To is null && Fields().All(f => f.Values.Count == 0);

    /// <summary>The value lists by field (the date range is not a list).</summary>
    public IEnumerable<(FilterField Field, IReadOnlyList<string> Values)> Fields()
    {
        yield return (FilterField.Source, Sources);
        yield return (FilterField.Country, Countries);
        yield return (FilterField.Entity, Entities);
        yield return (FilterField.Speaker, Speakers);
        yield return (FilterField.Type, Types);
    }

    /// <summary>A canonical text of the filters, for cache keys.</summary>
    public string Key => IsEmpty ? "" : string.Join('\u001f', Fields().Select(f => $"{f.Field}={string.Join('\u001e', f.Values)}").Prepend($"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}"));

    /// <summary>
    /// One query per field that has values: entity and speaker values are read as <c>entity:"…"</c> and
    /// <c>speaker:"…"</c> by <paramref name="parser"/> (so every spelling and alias the query syntax finds counts),
    /// a country is every outlet of that country.
    /// </summary>
    internal Dictionary<FilterField, Query> Queries(MarsadQueryParser parser)
    {
        var queries = new Dictionary<FilterField, Query>();
        if (From is not null || To is not null)
            queries[FilterField.Date] = NumericRangeQuery.NewInt32Range(IndexFields.Date, Day(From), Day(To), true, true);
        foreach (var (field, values) in Fields())
        {
            var clean = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (clean.Count == 0) continue;
            if (clean.Count > MaxValuesPerField)
                throw new QuerySyntaxException($"the {field.ToString().ToLowerInvariant()} filter has {clean.Count} values; at most {MaxValuesPerField} are allowed");
            var any = new BooleanQuery();
            foreach (var v in clean)
                foreach (var q in ValueQueries(parser, field, v)) any.Add(q, Occur.SHOULD);
            // a country with no outlet in the table matches nothing (an empty OR would match everything)
            queries[field] = any.Clauses.Count > 0 ? any : new TermQuery(new Term(IndexFields.Id, "\u0000none"));
        }
        return queries;
    }

    private static IEnumerable<Query> ValueQueries(MarsadQueryParser parser, FilterField field, string value) => field switch
    {
        FilterField.Source => [new TermQuery(new Term(IndexFields.Source, SearchKeys.Keyword(value)))],
        FilterField.Type => [new TermQuery(new Term(IndexFields.Type, SearchKeys.EventType(value)))],
        FilterField.Entity => [parser.Parse($"{IndexFields.Entity}:\"{QueryParserBase.Escape(value)}\"")],
        FilterField.Speaker => [parser.Parse($"{IndexFields.Speaker}:\"{QueryParserBase.Escape(value)}\"")],
        FilterField.Country => OutletTable.Default.Outlets.Where(o => string.Equals(o.Country, value, StringComparison.OrdinalIgnoreCase))
            .SelectMany(o => o.OtherNames.Prepend(o.Id))
            .Select(SearchKeys.Keyword).Distinct(StringComparer.Ordinal)
            .Select(k => (Query)new TermQuery(new Term(IndexFields.Source, k))),
        _ => [],
    };

    private static int? Day(DateOnly? d) => d is { } x ? x.Year * 10000 + x.Month * 100 + x.Day : null;

    /// <summary>The country of an outlet (its id, site code or name), from the outlet table; null when unknown.</summary>
    public static string? CountryOf(string source) => OutletTable.Default.Find(source)?.Country;
}
