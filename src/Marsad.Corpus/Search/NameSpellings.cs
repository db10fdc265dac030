using Lucene.Net.Index;
using Marsad.Knowledge.Matching;

namespace Marsad.Corpus.Search;

/// <summary>
/// The words of the entity names an index holds (its <see cref="IndexFields.Names"/> terms), grouped by transliteration
/// skeleton (<see cref="NameSkeleton"/>): the spellings one name has across outlets (نتنياهو، نتانياهو; كلينتون، كلنتون;
/// ميستورا، مستورا), which a query word finds through its own skeleton, and that a name in Latin letters finds through
/// the skeletons of its transliteration (<see cref="LatinSkeleton"/>: Zinjibar → زنجبار). Only name words are offered,
/// and only for a query word that is itself rare in the text (a spelling, not a common word): المعلمون does not fan out
/// to المعلومات (مركز المعلومات is a name), nor مسجد to مساجد. Built once per opened index.
/// </summary>
internal sealed class NameSpellings
{
    /// <summary>A skeleton this short names too many words to stand for one (شخ, زن).</summary>
    public const int MinSkeleton = 3;

    private const int MaxSpellings = 12;

    /// <summary>
    /// A word in more articles than this is a common word, not a spelling of a name worth widening: the variants of
    /// نتانياهو (17 articles of 16 days), كلنتون (2) or سيرغي (60) are wanted, those of النفط or مسجد are other words.
    /// </summary>
    public const int MaxArticlesOfAVariant = 200;

    /// <summary>A transliteration writes at least about seven Arabic letters for ten Latin ones (Abyan أبين, not ابن).</summary>
    private const double MinArabicPerLatinLetter = 0.7;

    /// <summary>The number of articles whose text has a term (null: no index, so no variants).</summary>
    private readonly Func<string, int>? _textDocFreq;

    private readonly Dictionary<string, List<(string Term, int Docs)>> _bySkeleton = new(StringComparer.Ordinal);

    public NameSpellings(IndexReader? reader)
        : this(reader is null ? [] : NameTerms(reader), reader is null ? null : t => reader.DocFreq(new Term(IndexFields.Text, t)))
    {
    }

    /// <param name="names">The <see cref="IndexFields.Names"/> terms with their document frequencies, in the index's term order (ordinal).</param>
    /// <param name="textDocFreq">The number of articles whose <see cref="IndexFields.Text"/> has a term; null when there is no index.</param>
    public NameSpellings(IEnumerable<(string Term, int Docs)> names, Func<string, int>? textDocFreq)
    {
        _textDocFreq = textDocFreq;
        Span<char> skeleton = stackalloc char[64];
        foreach (var (term, docs) in names)
        {
            if (term.Length < 3 || term.Length > 40 || !IsArabic(term)) continue;
            int n = NameSkeleton.Write(term, skeleton);
            if (n < 2) continue;
            string key = new(skeleton[..n]);
            if (!_bySkeleton.TryGetValue(key, out var list)) _bySkeleton[key] = list = [];
            list.Add((term, docs));
        }
        foreach (var list in _bySkeleton.Values) list.Sort((a, b) => b.Docs.CompareTo(a.Docs));
    }

    private static IEnumerable<(string, int)> NameTerms(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Names);
        if (terms is null) yield break;
        var e = terms.GetEnumerator();
        while (e.MoveNext()) yield return (e.Term.Utf8ToString(), e.DocFreq);
    }

    /// <summary>The Arabic name words a Latin word may be written as, most used first.</summary>
    public IReadOnlyList<string> Transliterations(string latin, int minSkeleton)
    {
        int minLetters = (int)Math.Ceiling(latin.Count(char.IsAsciiLetter) * MinArabicPerLatinLetter);
        return WithSkeletons(LatinSkeleton.Of(latin), minSkeleton, t => t.Length >= minLetters && LatinTransliteration.Fits(latin, t));
    }

    /// <summary>
    /// The other spellings of a query word searched as <paramref name="term"/>, when that is rare, found through the
    /// skeletons of all the word's <paramref name="stems"/>: the shortest stem may have cut a proclitic the other
    /// spelling keeps (كلنتون is searched as لنت, but كلينتون, a protected name, only has the stems كلينتون and كلينت).
    /// </summary>
    public IReadOnlyList<string> Variants(string term, IEnumerable<string> stems, int minSkeleton)
    {
        if (_textDocFreq is null || _textDocFreq(term) > MaxArticlesOfAVariant) return [];
        var own = stems.ToHashSet(StringComparer.Ordinal);
        return WithSkeletons(own.Select(s => NameSkeleton.Of(s)), minSkeleton, t => !own.Contains(t));
    }

    private List<string> WithSkeletons(IEnumerable<string> skeletons, int minSkeleton, Func<string, bool> keep)
    {
        var found = new List<(string Term, int Docs)>();
        foreach (var s in skeletons)
            if (s.Length >= minSkeleton && _bySkeleton.TryGetValue(s, out var list)) found.AddRange(list.Where(t => keep(t.Term)));
        return [.. found.OrderByDescending(t => t.Docs).Select(t => t.Term).Distinct().Take(MaxSpellings)];
    }

    private static bool IsArabic(string word)
    {
        foreach (char c in word) if (c is < '\u0621' or > '\u064A') return false;
        return true;
    }
}
