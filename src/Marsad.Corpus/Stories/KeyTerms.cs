using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Corpus.Stories;

/// <summary>
/// The key terms of an article: folded words weighted by TF-IDF, with document frequencies counted online
/// over the stream (a word every article uses weighs nothing; a name in three articles weighs much).
/// Terms are interned to ints so that story vectors compare without strings. Not thread-safe.
/// </summary>
public sealed class KeyTerms
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _df = [];
    private readonly Dictionary<int, int> _counts = [];
    private readonly List<(int Id, float Weight)> _weighted = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idLookup;
    private int _documents;

    public KeyTerms() => _idLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Terms kept per article: enough for a story's names, places and actions.</summary>
    public int TermsPerArticle { get; init; } = 24;

    public string Term(int id) => _terms[id];

    /// <summary>Counts the article's terms and returns its top terms, L2-normalised, strongest first.</summary>
    public TermVector Add(string title, string text, StorySignals? signals = null)
    {
        _counts.Clear();
        // The title says what the story is: its words count as often as three in the body.
        Count(title, 3);
        Count(text, 1);
        if (signals is not null) Count(signals);
        _documents++;
        foreach (int id in _counts.Keys) _df[id]++;
        return Weigh();
    }

    /// <summary>Counts an article's terms into the document frequencies without weighing it: history the stream did
    /// not bring (the days before a judged set), so that the first articles are weighed as in a running store.</summary>
    public void Observe(string title, string text)
    {
        _counts.Clear();
        Count(title, 3);
        Count(text, 1);
        _documents++;
        foreach (int id in _counts.Keys) _df[id]++;
    }

    /// <summary>The vector of an article already counted (by <see cref="Add"/>), weighed with the frequencies as they are now.</summary>
    public TermVector Vector(string title, string text, StorySignals? signals = null)
    {
        _counts.Clear();
        Count(title, 3);
        Count(text, 1);
        if (signals is not null) Count(signals);
        return Weigh();
    }

    private TermVector Weigh()
    {
        var weighted = _weighted;
        weighted.Clear();
        foreach (var (id, tf) in _counts)
        {
            double idf = Math.Log((1.0 + _documents) / (1.0 + _df[id]));
            if (idf <= 0.5) continue; // in most articles: carries no story
            weighted.Add((id, (float)((1 + Math.Log(tf)) * idf)));
        }
        weighted.Sort(StrongestFirst);
        if (weighted.Count > TermsPerArticle) weighted.RemoveRange(TermsPerArticle, weighted.Count - TermsPerArticle);
        return TermVector.Normalised(weighted);
    }

    private static readonly Comparison<(int Id, float Weight)> StrongestFirst = (a, b) => b.Weight.CompareTo(a.Weight);

    private void Count(StorySignals signals)
    {
        foreach (var (term, weight) in signals.Terms)
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, Intern(term), out _) += weight;
    }

    /// <summary>
    /// The light stem keeps a lone preposition (ب ك ل: «لسناء», «بقذيفة», «لارسنال»), since many words begin with those
    /// letters (بحث، كبير، لندن). The stream's vocabulary chooses, as the proclitic reader asks of a caller that knows
    /// words: the word without it is taken when earlier articles used that form more often than the whole one.
    /// </summary>
    private ReadOnlySpan<char> KnownReading(ReadOnlySpan<char> key)
    {
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(key, readings, MinStripped, Proclitics.Bi | Proclitics.Ka | Proclitics.Li);
        if (n < 2) return key;
        int wholeDf = _idLookup.TryGetValue(key, out int whole) ? _df[whole] : 0;
        for (int r = 1; r < n; r++)
        {
            var stem = key[readings[r].Start..];
            if (_idLookup.TryGetValue(stem, out int id) && _df[id] >= MinKnown && _df[id] > wholeDf) return stem;
        }
        return key;
    }

    // A stripped stem keeps three letters (story terms are never shorter) and was seen in two earlier articles.
    private const int MinStripped = 3, MinKnown = 2;

    private int Intern(ReadOnlySpan<char> key)
    {
        if (_idLookup.TryGetValue(key, out int id)) return id;
        id = _terms.Count;
        string term = key.ToString();
        _ids.Add(term, id);
        _terms.Add(term);
        _df.Add(0);
        return id;
    }

    private void Count(string text, int weight)
    {
        Span<char> buffer = stackalloc char[64]; // longer "words" are scraped code, not terms
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is not (TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Hashtag)) continue;
            if (!StoryWords.TryKey(text.AsSpan(token.Start, token.Span.Length), buffer, out var key)) continue;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, Intern(KnownReading(key)), out _) += weight;
        }
    }
}
