using System.Reflection;

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
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Marsad.Text.Clitics.protected-words.txt")
            ?? throw new InvalidOperationException("The embedded resource protected-words.txt is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            keys.Add(ArabicFolder.Fold(line));
        }
        return keys;
    }
}
