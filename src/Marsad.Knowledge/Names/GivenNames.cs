using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Knowledge.Names;

/// <summary>
/// Given names common in Arabic news (Curated/given-names.txt), folded for matching. A word here makes the next
/// word likely a surname and an unknown word after it likely part of a person's name; it is evidence, not a
/// decision, because many given names are also common words (كريم، نور).
/// </summary>
public static class GivenNames
{
    private static readonly HashSet<string> Folded = Load();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Folded.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The listed names as written in the file (surface Arabic).</summary>
    public static IEnumerable<string> All => Lines();

    /// <summary>Whether a folded word (<see cref="FoldOptions.Matching"/>) is a listed given name.</summary>
    public static bool Contains(ReadOnlySpan<char> folded) => BySpan.Contains(folded);

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Lines()) set.Add(ArabicFolder.Fold(name));
        return set;
    }

    private static IEnumerable<string> Lines() =>
        LexiconReader.ResourceWords(typeof(GivenNames).Assembly, "Marsad.Knowledge.Curated.given-names.txt");
}
