using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Knowledge.Names;

/// <summary>
/// Words a name tagger may read as names that a news monitor never counts as entities (Curated/not-entities.txt):
/// «الله» in formulas and prayers would otherwise be the most connected node of every network.
/// </summary>
public static class NotEntities
{
    private static readonly HashSet<string> Folded = LexiconReader.ResourceWords(typeof(NotEntities).Assembly, "Marsad.Knowledge.Curated.not-entities.txt").Select(w => ArabicFolder.Fold(w)).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Folded.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a folded name key is listed.</summary>
    public static bool Contains(ReadOnlySpan<char> folded) => BySpan.Contains(folded);
}
