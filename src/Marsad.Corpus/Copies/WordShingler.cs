using System.Numerics;
using Marsad.Text;

namespace Marsad.Corpus.Copies;

/// <summary>
/// Hashes the word k-grams ("shingles") of a text after folding (ArabicFolder's matching key), so that
/// «أعلنت» and «اعلنت», tatweel, diacritics and Arabic-Indic digits do not make two copies differ.
/// Words are runs of letters or digits; punctuation and layout are ignored. Allocation-free apart from
/// the caller's buffer: each word is folded character by character into a running 64-bit hash.
/// </summary>
public static class WordShingler
{
    /// <summary>Word n-gram length: 5 words keep formulaic phrases («خادم الحرمين الشريفين الملك») from matching alone.</summary>
    public const int DefaultWordsPerShingle = 5;

    /// <summary>Stands in a sequence for a shingle that must not match (see <see cref="Sequence"/>).</summary>
    public const uint Excluded = 0;

    /// <summary>
    /// Writes the shingles of <paramref name="text"/> in text order into <paramref name="sequence"/> (cleared
    /// first): entry i hashes words i..i+k−1. A text shorter than k words gives one shingle of all its words.
    /// In a text with Arabic words, shingles without any Arabic word become <see cref="Excluded"/>: there they
    /// are scraped page code (CSS, scripts, widget markup) that a site repeats under unrelated articles.
    /// Returns the number of words.
    /// </summary>
    public static int Sequence(ReadOnlySpan<char> text, List<uint> sequence, int wordsPerShingle = DefaultWordsPerShingle)
    {
        sequence.Clear();
        var foreign = t_foreign ??= [];
        foreign.Clear();
        Span<ulong> window = stackalloc ulong[wordsPerShingle];
        int words = 0, lastArabicWord = -1;
        ulong word = FnvOffset;
        bool inWord = false, arabic = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            char f = ArabicFolder.FoldChar(c, FoldOptions.Matching);
            if (f == '\0') continue; // diacritics, tatweel and format marks vanish inside a word
            // PERF: ASCII and Arabic letters answer without the Unicode category tables.
            if (f < 128 ? char.IsAsciiLetterOrDigit(f) : ArabicLetters.IsLetter(f) || char.IsLetterOrDigit(f))
            {
                word = (word ^ f) * FnvPrime;
                inWord = true;
                arabic |= ArabicLetters.IsLetter(f);
                continue;
            }
            if (!inWord) continue;
            window[words % wordsPerShingle] = Mix(word);
            if (arabic) lastArabicWord = words;
            words++;
            if (words >= wordsPerShingle)
            {
                if (lastArabicWord <= words - 1 - wordsPerShingle) foreign.Add(sequence.Count);
                sequence.Add(Combine(window, words, wordsPerShingle));
            }
            word = FnvOffset;
            inWord = false;
            arabic = false;
        }
        if (words is > 0 && words < wordsPerShingle) sequence.Add(Combine(window, words, words));
        if (lastArabicWord >= 0)
            foreach (int i in foreign) sequence[i] = Excluded; // a text in another script keeps all its shingles
        return words;
    }

    /// <summary>The distinct shingles of a <see cref="Sequence"/>, sorted ascending, without <see cref="Excluded"/>.</summary>
    public static uint[] DistinctSorted(List<uint> sequence) => DistinctSorted(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sequence));

    /// <summary>The distinct shingles of a sequence, sorted ascending, without <see cref="Excluded"/>.</summary>
    public static uint[] DistinctSorted(ReadOnlySpan<uint> sequence)
    {
        // Sorted in a pooled buffer: the only array this allocates is the result.
        var buffer = System.Buffers.ArrayPool<uint>.Shared.Rent(Math.Max(1, sequence.Length));
        var set = buffer.AsSpan(0, sequence.Length);
        sequence.CopyTo(set);
        set.Sort();
        int n = 0;
        foreach (uint v in set)
            if (v != Excluded && (n == 0 || set[n - 1] != v)) set[n++] = v;
        var result = set[..n].ToArray();
        System.Buffers.ArrayPool<uint>.Shared.Return(buffer);
        return result;
    }

    [ThreadStatic] private static List<int>? t_foreign;

    private const ulong FnvOffset = 14695981039346656037UL, FnvPrime = 1099511628211UL;

    /// <summary>The last <paramref name="count"/> words of the ring, oldest first; rotation keeps word order significant.</summary>
    private static uint Combine(Span<ulong> window, int words, int count)
    {
        ulong h = 0;
        int size = window.Length;
        for (int j = 0; j < count; j++)
        {
            ulong w = window[(words - count + j) % size];
            h = BitOperations.RotateLeft(h, 23) ^ w;
        }
        uint v = (uint)(Mix(h) >> 32);
        return v == Excluded ? 1u : v;
    }

    /// <summary>SplitMix64 finaliser: spreads FNV's weak low bits over the whole word.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
