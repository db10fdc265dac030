using Marsad.Text;
using static Marsad.Text.ArabicLetters;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Turns a sentence's tokens into hashed feature ids: the folded word, its clitic-stripped stem, affixes, shape,
/// the words and stems around it (±2), trigger words, gazetteer membership and phrase matches. Training and
/// tagging run this same code on the same kind of tokens, so the features agree. Thread-safe: all state is
/// in the caller's buffers.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>Upper bound on the features of one position (the buffer size callers provide).</summary>
    public const int MaxFeatures = 96;

    /// <summary>Characters of a token that are looked at (longer tokens are URLs or junk).</summary>
    private const int MaxChars = 48;

    private readonly NerLexicon _lexicon;
    private readonly WordClusters _clusters;
    private readonly int _bits;

    public FeatureExtractor(NerLexicon lexicon, int bucketBits, WordClusters? clusters = null)
    {
        _lexicon = lexicon;
        _bits = bucketBits;
        _clusters = clusters ?? WordClusters.Empty;
    }

    public NerLexicon Lexicon => _lexicon;

    /// <summary>Fills <paramref name="infos"/> for the tokens at <paramref name="spans"/> of <paramref name="text"/>.</summary>
    public void Analyse(string text, ReadOnlySpan<TextSpan> spans, Span<TokenInfo> infos)
    {
        Span<char> folded = stackalloc char[MaxChars * 4];
        for (int i = 0; i < spans.Length; i++)
        {
            var surface = text.AsSpan(spans[i].Start, Math.Min(spans[i].Length, MaxChars));
            // A ligature such as ﷺ folds into a whole phrase: such a token gets a buffer of its own.
            int max = ArabicFolder.MaxFoldedLength(surface);
            Span<char> buffer = max <= folded.Length ? folded : new char[max];
            int n = ArabicFolder.Fold(surface, buffer, FoldOptions.Matching);
            Describe(buffer[..n], ref infos[i]);
            // Folding lower-cases Latin; the capitals of CNN or Apple are evidence of a name.
            if (infos[i].Kind is TokenInfo.KindLatin or TokenInfo.KindMixed) infos[i].Shape = ShapeOf(surface);
        }
        MatchPhrases(infos[..spans.Length]);
    }

    private void Describe(Span<char> w, ref TokenInfo t)
    {
        NormalisePunctuation(w);
        t = default;
        t.Length = w.Length;
        ulong h = FeatureHash.Seed;
        for (int i = 0; i < w.Length; i++)
        {
            h = FeatureHash.Add(h, w[i]);
            if (i == 0) t.P1 = h; else if (i == 1) t.P2 = h; else if (i == 2) t.P3 = h; else if (i == 3) t.P4 = h;
        }
        t.Word = h;
        ulong s = FeatureHash.Seed;
        for (int i = w.Length - 1, k = 0; i >= 0 && k < 4; i--, k++)
        {
            s = FeatureHash.Add(s, w[i]);
            if (k == 0) t.S1 = s; else if (k == 1) t.S2 = s; else if (k == 2) t.S3 = s; else t.S4 = s;
        }
        t.Kind = KindOf(w);
        t.Shape = ShapeOf(w);
        if (t.Kind == TokenInfo.KindArabic)
        {
            int stem = Proclitics.StemStart(w, out int pattern);
            t.Clitics = (byte)pattern;
            t.Stem = stem == 0 ? h : FeatureHash.Of(w[stem..]);
            var core = w[stem..];
            for (int g = 0; g + 3 <= core.Length && t.GramCount < TokenInfo.MaxGrams; g++)
                t.Grams[t.GramCount++] = FeatureHash.Of(core.Slice(g, 3));
            // Four-letter pieces too: transliterated names share longer runs (ـوفيتش، ـسكي، ـبرغ) than Arabic words.
            for (int g = 0; g + 4 <= core.Length && t.GramCount < TokenInfo.MaxGrams; g++)
                t.Grams[t.GramCount++] = FeatureHash.Add(FeatureHash.Of(core.Slice(g, 4)), '4');
            t.NameForm = NameFormHash(w);
            byte trig = TriggerWords.Lookup(h);
            if (trig == 0 && stem > 0) trig = TriggerWords.Lookup(t.Stem);
            t.Trigger = trig;
            t.Mask = (byte)(_lexicon.MaskOf(h) | _lexicon.MaskOf(t.NameForm) | (stem > 0 ? _lexicon.MaskOf(t.Stem) : 0));
        }
        else
        {
            t.Stem = h;
            t.NameForm = h;
        }
        // One lookup per word: the clusters are keyed by the stem form (WordClusters.FormOf).
        if (t.Kind is TokenInfo.KindArabic or TokenInfo.KindLatin && _clusters.Count > 0) t.Cluster = _clusters.PathOf(t.Stem);
    }

    /// <summary>The word as a name would be listed: clitics before the article removed, لل read as ال.</summary>
    private static ulong NameFormHash(ReadOnlySpan<char> w)
    {
        int start = Proclitics.ArticleNameStart(w);
        if (start < 0) return w.Length >= 4 && w[0] is Waw or Feh ? FeatureHash.Of(w[1..]) : FeatureHash.Of(w);
        if (w[start] == Alef) return FeatureHash.Of(w[start..]);
        // لل + noun: the name is ال + noun.
        ulong h = FeatureHash.Add(FeatureHash.Seed, Alef);
        foreach (char c in w[start..]) h = FeatureHash.Add(h, c);
        return h;
    }

    /// <summary>Marks the longest gazetteer phrases (up to four words) on the tokens: B or I with the gazetteer's classes.</summary>
    private void MatchPhrases(Span<TokenInfo> infos)
    {
        Span<ulong> hashes = stackalloc ulong[NerLexicon.MaxPhraseLength];
        for (int i = 0; i < infos.Length;)
        {
            if (infos[i].Kind != TokenInfo.KindArabic) { i++; continue; }
            int found = 0;
            byte cls = 0;
            int max = Math.Min(NerLexicon.MaxPhraseLength, infos.Length - i);
            for (int len = max; len >= 1 && found == 0; len--)
            {
                for (int k = 1; k < len; k++) hashes[k] = infos[i + k].Word;
                hashes[0] = infos[i].Word;
                cls = _lexicon.PhraseOf(NerLexicon.PhraseHash(hashes[..len]));
                if (cls == 0 && infos[i].NameForm != infos[i].Word)
                {
                    hashes[0] = infos[i].NameForm;
                    cls = _lexicon.PhraseOf(NerLexicon.PhraseHash(hashes[..len]));
                }
                if (cls != 0) found = len;
            }
            if (found == 0) { i++; continue; }
            infos[i].Phrase = (byte)(cls << 1 | 1);
            for (int k = 1; k < found; k++) infos[i + k].Phrase = (byte)(cls << 1);
            i += found;
        }
    }

    /// <summary>Writes the weight buckets of position <paramref name="i"/>'s features; returns how many.</summary>
    public int Features(ReadOnlySpan<TokenInfo> s, int i, Span<int> buckets, bool document = false)
    {
        ref readonly var t = ref s[i];
        ref readonly var p1 = ref i >= 1 ? ref s[i - 1] : ref TokenInfo.Start;
        ref readonly var p2 = ref i >= 2 ? ref s[i - 2] : ref TokenInfo.Start;
        ref readonly var n1 = ref i + 1 < s.Length ? ref s[i + 1] : ref TokenInfo.End;
        ref readonly var n2 = ref i + 2 < s.Length ? ref s[i + 2] : ref TokenInfo.End;
        int b = _bits, k = 0;
        buckets[k++] = FeatureHash.Bucket(0, 0, b);
        if (!t.Rare) buckets[k++] = FeatureHash.Bucket(1, t.Word, b);
        buckets[k++] = FeatureHash.Bucket(2, t.Stem, b);
        if (t.Length > 1) buckets[k++] = FeatureHash.Bucket(3, t.P1, b);
        if (t.Length > 2) buckets[k++] = FeatureHash.Bucket(4, t.P2, b);
        if (t.Length > 3) buckets[k++] = FeatureHash.Bucket(5, t.P3, b);
        if (t.Length > 4) buckets[k++] = FeatureHash.Bucket(6, t.P4, b);
        if (t.Length > 1) buckets[k++] = FeatureHash.Bucket(7, t.S1, b);
        if (t.Length > 2) buckets[k++] = FeatureHash.Bucket(8, t.S2, b);
        if (t.Length > 3) buckets[k++] = FeatureHash.Bucket(9, t.S3, b);
        if (t.Length > 4) buckets[k++] = FeatureHash.Bucket(10, t.S4, b);
        buckets[k++] = FeatureHash.Bucket(11, t.Shape, b);
        buckets[k++] = FeatureHash.Bucket(12, p1.Word, b);
        buckets[k++] = FeatureHash.Bucket(13, n1.Word, b);
        buckets[k++] = FeatureHash.Bucket(14, p2.Word, b);
        buckets[k++] = FeatureHash.Bucket(15, n2.Word, b);
        buckets[k++] = FeatureHash.Bucket(16, p1.Stem, b);
        buckets[k++] = FeatureHash.Bucket(17, n1.Stem, b);
        buckets[k++] = FeatureHash.Bucket(18, p2.Stem, b);
        buckets[k++] = FeatureHash.Bucket(19, n2.Stem, b);
        if (!t.Rare)
        {
            buckets[k++] = FeatureHash.Bucket(20, FeatureHash.Combine(p1.Word, t.Word), b);
            buckets[k++] = FeatureHash.Bucket(21, FeatureHash.Combine(t.Word, n1.Word), b);
        }
        buckets[k++] = FeatureHash.Bucket(22, (ulong)t.Clitics << 8 | t.Kind, b);
        buckets[k++] = FeatureHash.Bucket(23, (ulong)p1.Kind << 16 | (ulong)t.Kind << 8 | n1.Kind, b);
        buckets[k++] = FeatureHash.Bucket(24, p1.Trigger, b);
        buckets[k++] = FeatureHash.Bucket(25, p2.Trigger, b);
        buckets[k++] = FeatureHash.Bucket(26, n1.Trigger, b);
        buckets[k++] = FeatureHash.Bucket(27, t.Trigger, b);
        buckets[k++] = FeatureHash.Bucket(28, t.Mask, b);
        buckets[k++] = FeatureHash.Bucket(29, t.Phrase, b);
        buckets[k++] = FeatureHash.Bucket(30, p1.Mask, b);
        buckets[k++] = FeatureHash.Bucket(31, n1.Mask, b);
        buckets[k++] = FeatureHash.Bucket(32, (ulong)p1.Phrase << 8 | t.Phrase, b);
        buckets[k++] = FeatureHash.Bucket(33, (ulong)Math.Min(t.Length, 12), b);
        buckets[k++] = FeatureHash.Bucket(34, i == 0 ? 1UL : 0UL, b);
        buckets[k++] = FeatureHash.Bucket(35, FeatureHash.Combine(p1.Stem, t.Stem), b);
        if (!t.Rare) buckets[k++] = FeatureHash.Bucket(36, t.NameForm, b);
        buckets[k++] = FeatureHash.Bucket(37, FeatureHash.Combine(t.Stem, n1.Stem), b);
        buckets[k++] = FeatureHash.Bucket(38, (ulong)p1.Trigger << 8 | t.Mask, b);
        for (int g = 0; g < t.GramCount; g++) buckets[k++] = FeatureHash.Bucket(39, t.Grams[g], b);
        // Gazetteer bits one by one, so that each generalises on its own: a given name before a word with the
        // article (حسن البنا), a given name after it, a nationality adjective before an unknown word (الإيطالي أندريا).
        int article = t.Clitics & Proclitics.Article;
        for (int bit = 0; bit < NerLexicon.MaskBits; bit++)
        {
            if ((t.Mask >> bit & 1) != 0) buckets[k++] = FeatureHash.Bucket(45, (ulong)bit, b);
            if ((p1.Mask >> bit & 1) != 0) buckets[k++] = FeatureHash.Bucket(46, (ulong)(bit << 8 | article << 4 | t.Kind), b);
            if ((n1.Mask >> bit & 1) != 0) buckets[k++] = FeatureHash.Bucket(47, (ulong)(bit << 8 | article << 4 | t.Kind), b);
        }
        if (_clusters.Count > 0) k += ClusterFeatures(t, p1, p2, n1, n2, buckets[k..]);
        if (document) k += DocumentFeatures(s, i, buckets[k..]);
        return k;
    }

    /// <summary>
    /// Word classes from unlabelled news at three granularities for the word, and coarser ones around it: what
    /// lets an unseen name (or the word before it) share weights with the names met in training.
    /// </summary>
    private int ClusterFeatures(in TokenInfo t, in TokenInfo p1, in TokenInfo p2, in TokenInfo n1, in TokenInfo n2, Span<int> buckets)
    {
        int b = _bits;
        uint c1 = WordClusters.Prefix(t.Cluster, 1), c2 = WordClusters.Prefix(t.Cluster, 2);
        buckets[0] = FeatureHash.Bucket(50, c1, b);
        buckets[1] = FeatureHash.Bucket(51, c2, b);
        buckets[2] = FeatureHash.Bucket(52, t.Cluster, b);
        buckets[3] = FeatureHash.Bucket(53, WordClusters.Prefix(p1.Cluster, 2), b);
        buckets[4] = FeatureHash.Bucket(54, WordClusters.Prefix(n1.Cluster, 2), b);
        buckets[5] = FeatureHash.Bucket(55, WordClusters.Prefix(p2.Cluster, 1), b);
        buckets[6] = FeatureHash.Bucket(56, WordClusters.Prefix(n2.Cluster, 1), b);
        buckets[7] = FeatureHash.Bucket(57, (ulong)WordClusters.Prefix(p1.Cluster, 1) << 32 | c2, b);
        buckets[8] = FeatureHash.Bucket(58, (ulong)c2 << 32 | WordClusters.Prefix(n1.Cluster, 1), b);
        buckets[9] = FeatureHash.Bucket(59, p1.Cluster, b);
        buckets[10] = FeatureHash.Bucket(60, n1.Cluster, b);
        // The same class reads differently with the article or a preposition (الرياض vs بالرياض) and beside a list's hit.
        buckets[11] = FeatureHash.Bucket(61, (ulong)t.Clitics << 32 | c2, b);
        buckets[12] = FeatureHash.Bucket(62, (ulong)t.Mask << 32 | c2, b);
        // The word before with the word's class: a word of the given names' class after «بن» or a title, of the
        // companies' class after «شركة», whichever words of that class training met.
        buckets[13] = FeatureHash.Bucket(63, FeatureHash.Combine(p1.Stem, c2), b);
        // A family name or nisba (ال…ي: القحطاني، الزهراني) after a word of a class (a given name) reads as a name
        // there; the same ending after a noun is an adjective (الأمن الداخلي).
        buckets[14] = FeatureHash.Bucket(64, FeatureHash.Combine(FeatureHash.Combine(t.S1, (ulong)(t.Clitics & Proclitics.Article)), WordClusters.Prefix(p1.Cluster, 2)), b);
        return 15;
    }

    /// <summary>The second pass's extra features (first-pass tags and document votes), appended after the others.</summary>
    public int DocumentFeatures(ReadOnlySpan<TokenInfo> s, int i, Span<int> buckets)
    {
        ref readonly var t = ref s[i];
        ref readonly var p1 = ref i >= 1 ? ref s[i - 1] : ref TokenInfo.Start;
        ref readonly var n1 = ref i + 1 < s.Length ? ref s[i + 1] : ref TokenInfo.End;
        int b = _bits;
        buckets[0] = FeatureHash.Bucket(40, t.Doc, b);
        buckets[1] = FeatureHash.Bucket(41, (ulong)p1.Doc << 8 | n1.Doc, b);
        buckets[2] = FeatureHash.Bucket(42, t.FirstTag, b);
        buckets[3] = FeatureHash.Bucket(43, (ulong)p1.FirstTag << 16 | (ulong)t.FirstTag << 8 | n1.FirstTag, b);
        buckets[4] = FeatureHash.Bucket(44, (ulong)t.Doc << 8 | t.FirstTag, b);
        return DocumentFeatureCount;
    }

    public const int DocumentFeatureCount = 5;

    private static void NormalisePunctuation(Span<char> w)
    {
        for (int i = 0; i < w.Length; i++)
            w[i] = w[i] switch
            {
                ArabicComma => ',',
                ArabicSemicolon => ';',
                ArabicQuestionMark => '?',
                '“' or '”' or '„' or '″' => '"',
                '‘' or '’' => '\'',
                '–' or '—' => '-',
                var c => c,
            };
    }

    private static byte KindOf(ReadOnlySpan<char> w)
    {
        bool arabic = false, digit = false, latin = false, other = false;
        foreach (char c in w)
        {
            if (IsLetter(c)) arabic = true;
            else if (char.IsAsciiDigit(c)) digit = true;
            else if (Tokenizer.IsLatinLetter(c)) latin = true;
            else other = true;
        }
        if (arabic) return digit || latin ? TokenInfo.KindMixed : TokenInfo.KindArabic;
        if (latin) return TokenInfo.KindLatin;
        if (digit) return TokenInfo.KindNumber;
        return other ? TokenInfo.KindPunct : (byte)0;
    }

    /// <summary>Character classes with runs collapsed: "a" for Arabic words, "Xx" for Latin names, "d,d" for 1,500.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> w)
    {
        ulong h = FeatureHash.Seed;
        char last = '\0';
        foreach (char c in w)
        {
            char k = IsLetter(c) ? 'a' : char.IsAsciiDigit(c) ? 'd' : char.IsUpper(c) ? 'X' : Tokenizer.IsLatinLetter(c) ? 'x' : c;
            if (k == last) continue;
            h = FeatureHash.Add(h, k);
            last = k;
        }
        return h;
    }
}
