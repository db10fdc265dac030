using System.Text.RegularExpressions;
using Marsad.Knowledge.Kb;
using Marsad.Knowledge.Matching;

namespace Marsad.Corpus.Search;

/// <summary>
/// Another query to try, proposed when a search finds nothing, with how many articles it finds (never a
/// suggestion that finds nothing itself). <see cref="Kind"/> says what changed: <c>spelling</c> (a word respelled as
/// a name the knowledge base knows), <c>without-fields</c> (the query's field clauses dropped), <c>without-filters</c>
/// (the same words without the page's filters), <c>without-quotes</c> (a phrase searched as words), <c>fewer-words</c>
/// (one word left out).
/// </summary>
public sealed record SearchSuggestion(string Kind, string Query, bool KeepsFilters, int Total);

/// <summary>The candidate queries for a search that found nothing, and the choice among them once a store has counted them.</summary>
public static partial class QuerySuggestions
{
    /// <summary>Longer queries are sentences, not searches: dropping one of their words is no suggestion.</summary>
    private const int MaxWordsToDrop = 6;

    /// <summary>At most this many of each kind are counted (each count is a search).</summary>
    private const int PerKind = 3;

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])(?<field>[\p{L}_]+):(?<value>""[^""]*""|\[[^\]]*\]|\{[^}]*\}|[^\s()]+)")]
    private static partial Regex FieldClause();

    /// <summary>Suggestions counted at most for one search that found nothing (each is a search of its own).</summary>
    private const int MaxSuggestionCounts = 10, MaxSuggestions = 4;

    /// <summary>
    /// The suggestions for <paramref name="query"/>, which found nothing: the <see cref="Candidates"/> counted by
    /// <paramref name="count"/> (the articles a candidate finds, with the page's filters or without) until
    /// <paramref name="deadline"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp), each kept only when it
    /// finds something, the most finding of each kind first. Whichever store counts, the choice is this one.
    /// </summary>
    public static IReadOnlyList<SearchSuggestion> Counted(string query, bool hasFilters, long deadline, Func<string, bool, int> count)
    {
        var found = new List<SearchSuggestion>();
        int counted = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal) { "f " + query.Trim() };
        foreach (var (kind, candidate, keepsFilters) in Candidates(query, hasFilters, ForgivingQuery.Fields))
        {
            if (counted++ >= MaxSuggestionCounts || System.Diagnostics.Stopwatch.GetTimestamp() >= deadline) break;
            if (string.IsNullOrWhiteSpace(candidate) || !seen.Add((keepsFilters ? "f " : "") + candidate)) continue;
            try
            {
                int total = count(candidate, keepsFilters);
                if (total > 0) found.Add(new SearchSuggestion(kind, candidate, keepsFilters, total));
            }
            catch (QueryTooCostlyException) { break; }
            catch (QuerySyntaxException) { }
        }
        // one of each kind, in the order of the kinds: the one keeping the filters when it finds something, else the best
        return [.. found.GroupBy(f => f.Kind).Select(g => g.OrderByDescending(f => f.KeepsFilters).ThenByDescending(f => f.Total).First()).Take(MaxSuggestions)];
    }

    /// <summary>Candidates in order of preference: (kind, query, whether the page's filters stay).</summary>
    public static IEnumerable<(string Kind, string Query, bool KeepsFilters)> Candidates(string query, bool hasFilters, IReadOnlyCollection<string> fields, KnowledgeBase? kb = null)
    {
        query = query.Trim();
        var withoutFields = FieldClause().Replace(query, m => fields.Contains(m.Groups["field"].Value.ToLowerInvariant()) ? " " : m.Value);
        withoutFields = string.Join(' ', withoutFields.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        bool hadFields = withoutFields != string.Join(' ', query.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        string words = withoutFields;

        var respellings = Respellings(words, kb ?? KnowledgeBase.Default).Take(PerKind)
            .Select(r => hadFields ? query.Replace(words, r, StringComparison.Ordinal) : r).ToList();
        foreach (var respelled in respellings) yield return ("spelling", respelled, true);
        if (hadFields && words.Length > 0) yield return ("without-fields", words, true);
        if (hasFilters && query.Length > 0)
        {
            yield return ("without-filters", query, false);
            // a misspelt name under filters that leave nothing: the spelling alone
            if (respellings.Count > 0) yield return ("spelling", respellings[0], false);
        }
        if (words.Contains('"', StringComparison.Ordinal)) yield return ("without-quotes", words.Replace("\"", "", StringComparison.Ordinal).Trim(), true);
        var plain = words.Replace("\"", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (plain.Length is >= 2 and <= MaxWordsToDrop && !plain.Any(IsOperator))
            for (int i = 0; i < plain.Length; i++)
                yield return ("fewer-words", string.Join(' ', plain.Where((_, j) => j != i)), true);
    }

    private static bool IsOperator(string word) => word is "AND" or "OR" or "NOT" || word.StartsWith('(') || word.EndsWith(')') || word.StartsWith('+') || word.StartsWith('-');

    /// <summary>
    /// The query with one word replaced by the nearest word of a knowledge-base name (one edit away, two for a word of
    /// eight letters or more, compared folded): a misspelt name (لافرف) gets the spelling the knowledge base knows
    /// (لافروف). A word that is itself a name word is kept.
    /// </summary>
    public static IEnumerable<string> Respellings(string query, KnowledgeBase kb)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWordsToDrop) yield break;
        var table = NameWords(kb);
        for (int i = 0; i < words.Length; i++)
        {
            string key = NameKey.Of(words[i]);
            if (key.Length < 4 || table.ContainsKey(key) || !words[i].All(c => c is >= '\u0621' and <= '\u0652')) continue; // Arabic words only, no syntax
            int edits = key.Length >= 8 ? 2 : 1;
            var near = table.Where(kv => Math.Abs(kv.Key.Length - key.Length) <= edits && NameMatcher.EditDistance(kv.Key, key, edits) <= edits)
                .OrderBy(kv => NameMatcher.EditDistance(kv.Key, key, edits)).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(PerKind);
            foreach (var (_, surface) in near)
                yield return string.Join(' ', words.Select((w, j) => j == i ? surface : w));
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, Dictionary<string, string>> s_nameWords = [];

    /// <summary>Every word of the knowledge base's Arabic names, folded (NameKey) → as written, without diacritics.</summary>
    private static Dictionary<string, string> NameWords(KnowledgeBase kb) => s_nameWords.GetValue(kb, k =>
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in k.Entities)
            foreach (var name in e.NamesAr)
                foreach (var w in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    string key = NameKey.Of(w);
                    if (key.Length >= 3) table.TryAdd(key, Marsad.Text.ArabicFolder.Fold(w.AsSpan(), Marsad.Text.FoldOptions.Diacritics));
                }
        return table;
    });
}
