using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Corpus.Search;

/// <summary>
/// Ranks higher the articles where the words of a plain query stand together: for «سيرغي لافروف» or a pasted
/// headline, the article that has the words as a phrase (a few words apart at most) comes before one that has them
/// scattered. The bonus only orders the matches; it never adds or removes one, so counts and facets are unchanged.
/// </summary>
internal static partial class PhraseBonus
{
    /// <summary>Words may stand this many positions apart (a title or a clitic-split word in between).</summary>
    private const int Slop = 3;

    private const float TitleBoost = 3f, TextBoost = 2f;

    /// <summary>Field syntax, phrases, groups and operators: the query says how its words combine, so no bonus is added.</summary>
    [GeneratedRegex(@"[:""()\[\]{}]|(^|\s)[+-]|\b(AND|OR|NOT)\b")]
    private static partial Regex Syntax();

    public static Query Add(Query parsed, string rewrittenQuery)
    {
        if (Syntax().IsMatch(rewrittenQuery)) return parsed;
        var terms = SearchIndex.QueryAnalyzer.Terms(rewrittenQuery);
        if (terms.Count < 2 || terms.Count > 24 || terms.Any(t => t.Length == 0 || t[0] < '\u0621')) return parsed;
        var ranked = new BooleanQuery { { parsed, Occur.MUST } };
        foreach (var (field, boost) in (ReadOnlySpan<(string, float)>)[(IndexFields.Title, TitleBoost), (IndexFields.Text, TextBoost)])
        {
            var phrase = new PhraseQuery { Slop = Slop, Boost = boost };
            foreach (var t in terms) phrase.Add(new Term(field, t));
            ranked.Add(phrase, Occur.SHOULD);
        }
        return ranked;
    }
}
