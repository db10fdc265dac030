using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using System.Globalization;
using Marsad.Knowledge.Matching;

namespace Marsad.Corpus.Search;

/// <summary>
/// The query syntax of `marsad search`: Lucene's classic syntax (words, "phrases", AND/OR/NOT, +/-, groups)
/// where bare words are ANDed and search the body, headline and entity names, and where
/// `entity:`, `speaker:`, `source:` and `type:` match keywords, and `date:` takes a day or a range
/// `[2015-07-21 TO 2015-07-25]`. A word or name that the corpus has linked to an entity also finds the
/// articles of that entity under any spelling (the alias table of the store). A word that is part of a name also
/// finds the other spellings of that name word in the index (كلنتون → كلينتون, through <see cref="NameSpellings"/>),
/// and a word in Latin letters finds the Arabic name words its transliteration gives (Zinjibar → زنجبار).
/// </summary>
public sealed class MarsadQueryParser : QueryParser
{
    private readonly Func<string, IReadOnlyList<string>> _aliases;
    private readonly NameSpellings? _spellings;
    private readonly bool _oneWord;

    /// <param name="aliases">Entity keys a folded spelling is linked to (ArticleStore.EntitiesForAlias).</param>
    /// <param name="spellings">The name words of the index by skeleton, for spelling variants and Latin names.</param>
    /// <param name="oneWord">The query is a single word: its variants must then be surer (a longer skeleton).</param>
    internal MarsadQueryParser(Func<string, IReadOnlyList<string>>? aliases, NameSpellings? spellings, bool oneWord)
        : this(aliases)
    {
        _spellings = spellings;
        _oneWord = oneWord;
    }

    /// <param name="aliases">Entity keys a folded spelling is linked to (ArticleStore.EntitiesForAlias).</param>
    public MarsadQueryParser(Func<string, IReadOnlyList<string>>? aliases = null)
        : base(SearchIndex.Version, IndexFields.Text, SearchIndex.QueryAnalyzer)
    {
        _aliases = aliases ?? (_ => []);
        DefaultOperator = AND_OPERATOR;
        AllowLeadingWildcard = false;
    }

    /// <summary>The advanced mode: the fields beyond the plain syntax's (lead:, main:, names:) and wildcard and fuzzy terms.</summary>
    internal bool Advanced { get; init; }

    /// <summary>The analysed text fields the advanced mode may name.</summary>
    public static readonly IReadOnlyList<string> AdvancedFields = [IndexFields.Title, IndexFields.Lead, IndexFields.Main, IndexFields.Names, IndexFields.Text];

    private void CheckField(string field)
    {
        if (field is IndexFields.Entity or IndexFields.Speaker or IndexFields.Source or IndexFields.Type or IndexFields.Date || AdvancedFields.Contains(field)) return;
        throw new ParseException($"'{field}' is not a field; the fields are {string.Join(", ", AdvancedFields.Concat([IndexFields.Entity, IndexFields.Speaker, IndexFields.Source, IndexFields.Type, IndexFields.Date]))}");
    }

    // Wildcard, prefix and fuzzy terms are not analysed by Lucene's parser: they are folded here as the index folds
    // its words, so سياس* finds السياسة's stems. Only the advanced mode lets these through (ForgivingQuery).
    protected override Query GetPrefixQuery(string field, string termStr)
    {
        CheckField(field);
        return base.GetPrefixQuery(field, Fold(termStr));
    }

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        CheckField(field);
        return base.GetWildcardQuery(field, Fold(termStr));
    }

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        CheckField(field);
        return base.GetFuzzyQuery(field, Fold(termStr), minSimilarity);
    }

    private static string Fold(string term) => Marsad.Text.ArabicFolder.Fold(term.AsSpan()).ToLowerInvariant();

    /// <summary>
    /// The fields a bare word searches and how much a match in each counts: the headline most, then the names of the
    /// entities the article is about and its opening, then the body and every name it mentions. Tuned on the dev half
    /// of eval/search.
    /// </summary>
    private static readonly (string Field, float Boost)[] Ranked =
    [
        (IndexFields.Title, 3f), (IndexFields.Main, 2f), (IndexFields.Lead, 1.5f), (IndexFields.Text, 1f), (IndexFields.Names, 1f),
    ];

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
                foreach (var (f, boost) in Ranked)
                    if (base.GetFieldQuery(f, queryText, quoted) is { } q)
                    {
                        q.Boost = boost;
                        any.Add(q, Occur.SHOULD);
                    }
                var keys = _aliases(queryText);
                foreach (var key in keys) any.Add(new TermQuery(new Term(IndexFields.Entity, key)), Occur.SHOULD);
                if (!quoted && _spellings is not null)
                {
                    var spellings = Spellings(queryText);
                    // «de» of De Mistura: a Latin particle too short to transliterate is left out of a longer query
                    if (spellings is null && keys.Count == 0 && !_oneWord) return null!;
                    foreach (var term in spellings ?? [])
                        foreach (var (f, boost) in Ranked)
                            any.Add(new TermQuery(new Term(f, term)) { Boost = boost }, Occur.SHOULD);
                }
                return any.Clauses.Count == 0 ? null! : any;
            default:
                if (Advanced) CheckField(field);
                return base.GetFieldQuery(field, queryText, quoted);
        }
    }

    /// <summary>
    /// The other spellings of a name word, or the Arabic name words a Latin word transliterates to; null for a Latin
    /// word too short to transliterate. A lone query word needs a longer skeleton than a word beside others.
    /// </summary>
    private IReadOnlyList<string>? Spellings(string word)
    {
        if (IsLatin(word))
        {
            var skeletons = LatinSkeleton.Of(word);
            if (skeletons.All(s => s.Length < 2)) return null;
            return _spellings!.Transliterations(word, _oneWord ? NameSpellings.MinSkeleton : 2);
        }
        var terms = SearchIndex.QueryAnalyzer.Terms(word);
        return terms.Count == 1
            ? _spellings!.Variants(terms[0], SearchStemmer.QueryStems(word), _oneWord ? NameSpellings.MinSkeleton + 1 : NameSpellings.MinSkeleton)
            : [];
    }

    private static bool IsLatin(string word) => word.Length > 0 && word.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '-' or '\'');

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
