using Marsad.Text.Lexicons;

namespace Marsad.Text.Clitics;

/// <summary>
/// Folded keys of words that only look segmentable (فلسطين، وليد، بوتين، كانت): loaded once from the
/// embedded protected-words.txt and looked up by span without allocating.
/// </summary>
public static class ProtectedWords
{
    private static readonly HashSet<string> Keys = Load();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Keys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="foldedKey"/> (folded with <see cref="FoldOptions.Matching"/>) is protected.</summary>
    public static bool ContainsKey(ReadOnlySpan<char> foldedKey) => Lookup.Contains(foldedKey);

    /// <summary>True when the word, in any spelling, is protected.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => ContainsKey(ArabicFolder.Fold(word));

    public static int Count => Keys.Count;

    private static HashSet<string> Load()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in LexiconReader.ResourceWords(typeof(ProtectedWords).Assembly, "Marsad.Text.Clitics.protected-words.txt"))
            keys.Add(ArabicFolder.Fold(word));
        return keys;
    }
}
