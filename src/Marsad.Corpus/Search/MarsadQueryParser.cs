using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using System.Globalization;

namespace Marsad.Corpus.Search;

/// <summary>
/// The query syntax of `marsad search`: Lucene's classic syntax (words, "phrases", AND/OR/NOT, +/-, groups)
/// where bare words are ANDed and search the body, headline and entity names, and where
/// `entity:`, `speaker:`, `source:` and `type:` match keywords, and `date:` takes a day or a range
/// `[2015-07-21 TO 2015-07-25]`. A word or name that the corpus has linked to an entity also finds the
/// articles of that entity under any spelling (the alias table of the store).
/// </summary>
public sealed class MarsadQueryParser : QueryParser
{
    private readonly Func<string, IReadOnlyList<string>> _aliases;

    /// <param name="aliases">Entity keys a folded spelling is linked to (ArticleStore.EntitiesForAlias).</param>
    public MarsadQueryParser(Func<string, IReadOnlyList<string>>? aliases = null)
        : base(SearchIndex.Version, IndexFields.Text, SearchIndex.QueryAnalyzer)
    {
        _aliases = aliases ?? (_ => []);
        DefaultOperator = AND_OPERATOR;
        AllowLeadingWildcard = false;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        switch (field)
        {
            case IndexFields.Entity or IndexFields.Speaker:
                return Keywords(field, queryText);
            case IndexFields.Source:
                return new TermQuery(new Term(field, SearchKeys.Keyword(queryText)));
            case IndexFields.Type:
                return new TermQuery(new Term(field, SearchKeys.EventType(queryText)));
            case IndexFields.Date:
                int day = ParseDay(queryText, end: false);
                return NumericRangeQuery.NewInt32Range(IndexFields.Date, day, ParseDay(queryText, end: true), true, true);
            case IndexFields.Text:
                var any = new BooleanQuery();
                foreach (var f in (string[])[IndexFields.Text, IndexFields.Title, IndexFields.Names])
                    if (base.GetFieldQuery(f, queryText, quoted) is { } q) any.Add(q, Occur.SHOULD);
                foreach (var key in _aliases(queryText)) any.Add(new TermQuery(new Term(IndexFields.Entity, key)), Occur.SHOULD);
                return any.Clauses.Count == 0 ? null! : any;
            default:
                return base.GetFieldQuery(field, queryText, quoted);
        }
    }

    private Query Keywords(string field, string value)
    {
        var q = new BooleanQuery { { new TermQuery(new Term(field, SearchKeys.Keyword(value))), Occur.SHOULD } };
        foreach (var key in _aliases(value)) q.Add(new TermQuery(new Term(field, key)), Occur.SHOULD);
        return q;
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field != IndexFields.Date) return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
        int? from = part1 is null or "*" ? null : ParseDay(part1, end: false);
        int? to = part2 is null or "*" ? null : ParseDay(part2, end: true);
        return NumericRangeQuery.NewInt32Range(IndexFields.Date, from, to, startInclusive, endInclusive);
    }

    /// <summary>yyyy-MM-dd, yyyy-MM or yyyy as a yyyyMMdd number; a month or year gives its first or last day.</summary>
    private static int ParseDay(string text, bool end)
    {
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            throw new ParseException($"'{text}' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
        int y = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int m = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : end ? 12 : 1;
        int d = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : end ? 31 : 1;
        if (m is < 1 or > 12 || d is < 1 or > 31) throw new ParseException($"'{text}' is not a date");
        return y * 10000 + m * 100 + d;
    }
}
