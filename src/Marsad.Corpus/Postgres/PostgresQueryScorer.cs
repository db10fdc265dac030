using Lucene.Net.Index;
using Lucene.Net.Search;
using Marsad.Corpus.Search;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// Scores a parsed Lucene query (the embedded searcher's own, with its expansions) over the PostgreSQL postings
/// (<see cref="PostgresPostings"/>) the way the embedded index scores it: Lucene's default similarity (classic TF-IDF:
/// √freq · idf² · boosts · the field's length norm, idf = 1 + ln(maxDoc / (docFreq + 1)), a phrase's idf the sum of its
/// terms'), the query norm, the coordination factor of boolean queries, exact and sloppy phrase frequencies, and constant
/// scores for ranges, prefixes and wildcards. The postings of the query's terms come from PostgreSQL in one statement;
/// the arithmetic is Lucene's, in single precision, so the ranking is the index's barring ties and rounding.
/// The sequence number stands for Lucene's document number (the index adds articles in sequence order), so ties go
/// to the earlier article as in the index.
/// </summary>
internal sealed class PostgresQueryScorer
{
    private readonly PostgresStore _store;
    private readonly Dictionary<(short Field, string Term), Dictionary<long, PostingRow>> _postings = [];
    private long _maxDoc;

    internal readonly record struct PostingRow(int Freq, float Norm, int[]? Positions);

    private PostgresQueryScorer(PostgresStore store) => _store = store;

    /// <summary>Every article <paramref name="query"/> matches, narrowed to those <paramref name="filter"/> matches (null: all), with its score.</summary>
    /// <param name="deadline">A <see cref="System.Diagnostics.Stopwatch"/> timestamp: the postings must be read before it
    /// (the statement's timeout), else <see cref="QueryTooCostlyException"/>, as the embedded search stops past its budget.</param>
    /// <param name="budget">The whole search's budget, for the message (null: no deadline).</param>
    public static Dictionary<long, float> Score(PostgresStore store, Query query, Query? filter = null, long deadline = long.MaxValue, TimeSpan? budget = null)
    {
        var scorer = new PostgresQueryScorer(store);
        query = Rewrite(query);
        filter = filter is null ? null : Rewrite(filter);
        var terms = new HashSet<(short, string)>();
        Terms(query, terms);
        if (filter is not null) Terms(filter, terms);
        scorer.Load(terms, deadline, budget);
        var root = scorer.Weigh(query);
        float sum = root.ValueForNormalization();
        float norm = (float)(1.0 / Math.Sqrt(sum));
        if (float.IsInfinity(norm) || float.IsNaN(norm)) norm = 1f;
        root.Normalize(norm, 1f);
        var scores = root.Matches();
        if (filter is not null)
        {
            var allowed = scorer.Weigh(filter).Matches();
            foreach (var seq in scores.Keys.Where(s => !allowed.ContainsKey(s)).ToList()) scores.Remove(seq);
        }
        return scores;
    }

    /// <summary>
    /// The postings <paramref name="query"/> reads: the summed document frequencies of its terms, as
    /// <see cref="CorpusSearcher.Cost"/> counts them in the index (ranges, prefixes and wildcards count nothing there either).
    /// </summary>
    public static long Cost(PostgresStore store, Query query)
    {
        var terms = new HashSet<(short Field, string Term)>();
        Terms(Rewrite(query), terms);
        if (terms.Count == 0) return 0;
        using var db = store.Connect();
        using var cmd = new NpgsqlCommand("""
            SELECT COUNT(*) FROM unnest($1::smallint[], $2::text[]) AS q(field, term)
            JOIN postings p ON p.field = q.field AND p.term = q.term
            """, db);
        cmd.Parameters.Add(new NpgsqlParameter { Value = terms.Select(t => t.Field).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Smallint });
        cmd.Parameters.Add(new NpgsqlParameter { Value = terms.Select(t => t.Term).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Lucene's rewrites that change scores: a one-clause boolean query is its clause, a one-term phrase a term.</summary>
    internal static Query Rewrite(Query q)
    {
        switch (q)
        {
            case BooleanQuery b:
                if (b.MinimumNumberShouldMatch == 0 && b.Clauses.Count == 1 && !b.Clauses[0].IsProhibited)
                {
                    var inner = Rewrite(b.Clauses[0].Query);
                    if (b.Boost != 1f)
                    {
                        if (ReferenceEquals(inner, b.Clauses[0].Query)) inner = (Query)inner.Clone();
                        inner.Boost = b.Boost * inner.Boost;
                    }
                    return inner;
                }
                BooleanQuery? clone = null;
                for (int i = 0; i < b.Clauses.Count; i++)
                {
                    var c = b.Clauses[i];
                    var r = Rewrite(c.Query);
                    if (ReferenceEquals(r, c.Query)) continue;
                    clone ??= (BooleanQuery)b.Clone();
                    clone.Clauses[i] = new BooleanClause(r, c.Occur);
                }
                return clone ?? b;
            case PhraseQuery p when p.GetTerms().Length == 0:
                return new BooleanQuery { Boost = p.Boost };
            case PhraseQuery p when p.GetTerms().Length == 1:
                return new TermQuery(p.GetTerms()[0]) { Boost = p.Boost };
            case FilteredQuery f:
                var query = Rewrite(f.Query);
                return ReferenceEquals(query, f.Query) ? f : new FilteredQuery(query, f.Filter) { Boost = f.Boost };
            default:
                return q;
        }
    }

    private static void Terms(Query q, HashSet<(short, string)> terms)
    {
        switch (q)
        {
            case TermQuery t: Add(t.Term); break;
            case PhraseQuery p: foreach (var t in p.GetTerms()) Add(t); break;
            case BooleanQuery b: foreach (var c in b.Clauses) Terms(c.Query, terms); break;
            case FilteredQuery f:
                Terms(f.Query, terms);
                if (f.Filter is QueryWrapperFilter w) Terms(w.Query, terms);
                break;
        }
        void Add(Term t)
        {
            short code = PostgresPostings.Code(t.Field);
            if (code >= 0) terms.Add((code, t.Text));
        }
    }

    /// <summary>The postings of the terms, of the ordered articles only (what the index holds), and the number of those articles.</summary>
    private void Load(HashSet<(short Field, string Term)> terms, long deadline, TimeSpan? budget)
    {
        int timeout = 0; // no limit
        if (budget is { } b)
        {
            var left = System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero) throw DeadlineCollector.Exceeded(b);
            timeout = Math.Max(1, (int)Math.Ceiling(left.TotalSeconds)); // whole seconds: Npgsql's unit
        }
        try { Read(terms, timeout); }
        catch (NpgsqlException e) when (budget is { } spent && (e.InnerException is TimeoutException || e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled }))
        {
            throw DeadlineCollector.Exceeded(spent);
        }
    }

    private void Read(HashSet<(short Field, string Term)> terms, int timeout)
    {
        using var db = _store.Connect();
        using (var count = new NpgsqlCommand("SELECT COUNT(*) FROM articles WHERE seq IS NOT NULL", db))
            _maxDoc = Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var t in terms) _postings[t] = [];
        if (terms.Count == 0) return;
        using var cmd = new NpgsqlCommand("""
            SELECT p.field, p.term, a.seq, p.freq, p.norm, p.positions
            FROM unnest($1::smallint[], $2::text[]) AS q(field, term)
            JOIN postings p ON p.field = q.field AND p.term = q.term
            JOIN articles a ON a.doc = p.doc
            WHERE a.seq IS NOT NULL
            """, db) { CommandTimeout = timeout };
        cmd.Parameters.Add(new NpgsqlParameter { Value = terms.Select(t => t.Field).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Smallint });
        cmd.Parameters.Add(new NpgsqlParameter { Value = terms.Select(t => t.Term).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var key = (r.GetInt16(0), r.GetString(1));
            float norm = r.IsDBNull(4) ? 1f : PostgresPostings.DecodeNorm(r.GetInt16(4));
            _postings[key][r.GetInt64(2)] = new PostingRow(r.GetInt32(3), norm, r.IsDBNull(5) ? null : (int[])r.GetValue(5));
        }
    }

    private Dictionary<long, PostingRow> Postings(Term t) =>
        PostgresPostings.Code(t.Field) is var code and >= 0 && _postings.TryGetValue((code, t.Text), out var p) ? p : [];

    /// <summary>Lucene's DefaultSimilarity.Idf, with the index's maxDoc.</summary>
    private float Idf(int docFreq) => (float)(Math.Log(_maxDoc / (double)(docFreq + 1)) + 1.0);

    private Weight Weigh(Query q) => q switch
    {
        TermQuery t => new TermWeight(this, t),
        PhraseQuery p => new PhraseWeight(this, p),
        BooleanQuery b => new BoolWeight(this, b),
        FilteredQuery f => new FilteredWeight(this, f),
        MatchAllDocsQuery => new ConstantWeight(q.Boost, () => _store.Rows("SELECT seq FROM articles WHERE seq IS NOT NULL", r => r.GetInt64(0))),
        NumericRangeQuery<int> { Field: IndexFields.Date } range => new ConstantWeight(q.Boost, () => Days(range)),
        PrefixQuery prefix => new ConstantWeight(q.Boost, () => Like(prefix.Prefix.Field, Escape(prefix.Prefix.Text) + "%")),
        WildcardQuery wild => new ConstantWeight(q.Boost, () => Like(wild.Term.Field, Wildcard(wild.Term.Text))),
        ConstantScoreQuery { Query: { } inner } c => new ConstantWeight(c.Boost, () => [.. Weigh(Rewrite(inner)).Matches().Keys]),
        _ => throw new QuerySyntaxException($"this kind of query ({q.GetType().Name}) is searched by the embedded index only, not over PostgreSQL"),
    };

    private List<long> Days(NumericRangeQuery<int> range) => _store.Rows($"""
        SELECT seq FROM articles WHERE seq IS NOT NULL AND day > 0
          AND day {(range.IncludesMin ? ">=" : ">")} $1 AND day {(range.IncludesMax ? "<=" : "<")} $2
        """, r => r.GetInt64(0), range.Min ?? int.MinValue, range.Max ?? int.MaxValue);

    private List<long> Like(string field, string pattern) => _store.Rows("""
        SELECT DISTINCT a.seq FROM postings p JOIN articles a ON a.doc = p.doc
        WHERE p.field = $1 AND p.term LIKE $2 AND a.seq IS NOT NULL
        """, r => r.GetInt64(0), PostgresPostings.Code(field), pattern);

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static string Wildcard(string s) => Escape(s).Replace('*', '%').Replace('?', '_');

    private abstract class Weight
    {
        public abstract float ValueForNormalization();
        public abstract void Normalize(float norm, float topLevelBoost);
        /// <summary>The matching articles and their scores.</summary>
        public abstract Dictionary<long, float> Matches();
    }

    /// <summary>Lucene's TFIDFSimilarity.IDFStats: the query weight before and after normalisation.</summary>
    private abstract class SimilarityWeight(float idf, float boost) : Weight
    {
        protected float QueryWeight = idf * boost;
        protected float Value;
        public override float ValueForNormalization() => QueryWeight * QueryWeight;
        public override void Normalize(float norm, float topLevelBoost)
        {
            QueryWeight *= norm * topLevelBoost;
            Value = QueryWeight * idf;
        }
        protected float Score(float freq, float norm) => (float)Math.Sqrt(freq) * Value * norm;
    }

    private sealed class TermWeight(PostgresQueryScorer s, TermQuery q) : SimilarityWeight(s.Idf(s.Postings(q.Term).Count), q.Boost)
    {
        public override Dictionary<long, float> Matches() =>
            s.Postings(q.Term).ToDictionary(kv => kv.Key, kv => Score(kv.Value.Freq, kv.Value.Norm));
    }

    private sealed class PhraseWeight(PostgresQueryScorer s, PhraseQuery q) : SimilarityWeight(q.GetTerms().Aggregate(0f, (sum, t) => sum + s.Idf(s.Postings(t).Count)), q.Boost)
    {
        public override Dictionary<long, float> Matches()
        {
            var terms = q.GetTerms();
            var offsets = q.GetPositions();
            var postings = terms.Select(s.Postings).ToArray();
            var found = new Dictionary<long, float>();
            if (postings.Any(p => p.Count == 0)) return found;
            foreach (var (doc, first) in postings.MinBy(p => p.Count)!)
            {
                if (!postings.All(p => p.ContainsKey(doc))) continue;
                var positions = postings.Select(p => p[doc].Positions ?? []).ToArray();
                float freq = q.Slop == 0 ? PhraseFrequency.Exact(positions, offsets) : PhraseFrequency.Sloppy([.. terms.Select(t => t.Text)], positions, offsets, q.Slop);
                if (freq > 0) found[doc] = Score(freq, first.Norm);
            }
            return found;
        }
    }

    private sealed class BoolWeight : Weight
    {
        private readonly BooleanQuery _q;
        private readonly List<(Weight Weight, Occur Occur)> _clauses;
        private readonly int _maxCoord;

        public BoolWeight(PostgresQueryScorer s, BooleanQuery q)
        {
            _q = q;
            _clauses = [.. q.Clauses.Select(c => (s.Weigh(c.Query), c.Occur))];
            _maxCoord = q.Clauses.Count(c => !c.IsProhibited);
        }

        public override float ValueForNormalization()
        {
            float sum = 0;
            foreach (var (w, occur) in _clauses)
            {
                float v = w.ValueForNormalization();
                if (occur != Occur.MUST_NOT) sum += v;
            }
            return sum * _q.Boost * _q.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var (w, _) in _clauses) w.Normalize(norm, topLevelBoost * _q.Boost);
        }

        public override Dictionary<long, float> Matches()
        {
            var required = _clauses.Where(c => c.Occur == Occur.MUST).Select(c => c.Weight.Matches()).ToList();
            var optional = _clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => c.Weight.Matches()).ToList();
            var prohibited = _clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Weight.Matches()).ToList();
            int minShould = required.Count == 0 ? Math.Max(1, _q.MinimumNumberShouldMatch) : _q.MinimumNumberShouldMatch;
            if (required.Count == 0 && optional.Count == 0) return [];
            IEnumerable<long> candidates = required.Count > 0
                ? required.MinBy(r => r.Count)!.Keys
                : optional.SelectMany(o => o.Keys).Distinct();
            var found = new Dictionary<long, float>();
            foreach (var doc in candidates)
            {
                if (prohibited.Any(p => p.ContainsKey(doc))) continue;
                float sum = 0;
                int matched = 0;
                bool all = true;
                foreach (var r in required)
                {
                    if (!r.TryGetValue(doc, out float v)) { all = false; break; }
                    sum += v;
                    matched++;
                }
                if (!all) continue;
                int should = 0;
                foreach (var o in optional)
                    if (o.TryGetValue(doc, out float v)) { sum += v; should++; }
                if (should < minShould) continue;
                matched += should;
                found[doc] = sum * Coord(matched);
            }
            return found;
        }

        /// <summary>DefaultSimilarity.Coord, as BooleanWeight applies it.</summary>
        private float Coord(int overlap) => _q.CoordDisabled || _maxCoord == 1 ? 1f : overlap / (float)_maxCoord;
    }

    private sealed class FilteredWeight(PostgresQueryScorer s, FilteredQuery q) : Weight
    {
        private readonly Weight _inner = s.Weigh(q.Query);
        private readonly Weight? _filter = q.Filter is QueryWrapperFilter w ? s.Weigh(Rewrite(w.Query))
            : throw new QuerySyntaxException($"this kind of filter ({q.Filter.GetType().Name}) is searched by the embedded index only");

        public override float ValueForNormalization() => _inner.ValueForNormalization() * q.Boost * q.Boost;
        public override void Normalize(float norm, float topLevelBoost) => _inner.Normalize(norm, topLevelBoost * q.Boost);

        public override Dictionary<long, float> Matches()
        {
            var scores = _inner.Matches();
            var allowed = _filter!.Matches();
            return scores.Where(kv => allowed.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);
        }
    }

    /// <summary>Lucene's constant-score queries (ranges, prefixes, wildcards, all documents): the boost, normalised.</summary>
    private sealed class ConstantWeight(float boost, Func<IEnumerable<long>> docs) : Weight
    {
        private float _weight = boost;
        public override float ValueForNormalization() => _weight * _weight;
        public override void Normalize(float norm, float topLevelBoost) => _weight *= norm * topLevelBoost;
        public override Dictionary<long, float> Matches() => docs().Distinct().ToDictionary(d => d, _ => _weight);
    }
}
