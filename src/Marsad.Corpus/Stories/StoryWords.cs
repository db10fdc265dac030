using Marsad.Text;
using Marsad.Text.Clitics;
using Marsad.Text.Lexicons;

namespace Marsad.Corpus.Stories;

/// <summary>
/// Turns a word into a story term: folded (ArabicFolder) and lightly stemmed (<see cref="LightStemmer"/>: «والرياض» → «رياض»,
/// «تحطمها» → «تحطم»), function words and very short words dropped.
/// </summary>
public static class StoryWords
{
    // Function words and news boilerplate verbs that occur in any story: Data/stop-words.txt, folded keys as written.
    private static readonly HashSet<string> Stop =
        LexiconReader.ResourceWords(typeof(StoryWords).Assembly, "Marsad.Corpus.Stories.stop-words.txt").ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopSpans = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string? Key(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(ArabicFolder.MaxFoldedLength(word), 256)];
        return TryKey(word, buffer, out var key) ? key.ToString() : null;
    }

    /// <summary>
    /// The term of <paramref name="word"/> folded into <paramref name="buffer"/> (allocation-free: the hot path);
    /// false for function words, short words, numbers, and words longer than the buffer.
    /// </summary>
    public static bool TryKey(ReadOnlySpan<char> word, Span<char> buffer, out ReadOnlySpan<char> key)
    {
        key = default;
        if (ArabicFolder.MaxFoldedLength(word) > buffer.Length) return false;
        var k = buffer[..ArabicFolder.Fold(word, buffer)];
        if (k.Length < 3 || StopSpans.Contains(k)) return false;
        // The light stem: one word written by two outlets with another clitic or suffix is one term (لحرق، إحراق → حرق، تحطمها → تحطم).
        k = LightStemmer.Stem(word, buffer);
        if (k.Length < 3 || char.IsAsciiDigit(k[0])) return false;
        key = k;
        return true;
    }
}
