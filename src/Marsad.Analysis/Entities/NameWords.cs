using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The closed word classes the name finders read around names, from the embedded Data/name-words.tsv (its header
/// says what each class is for). The words are keys as written, not folded on load: the file spells them folded.
/// </summary>
internal static class NameWords
{
    private static readonly WordClasses Words = WordClasses.FromResource(typeof(NameWords).Assembly, "Marsad.Analysis.Entities.name-words.tsv");

    /// <summary>Words inside Arab names that are common words elsewhere (عز الدين، خليل الله، ولد الشيخ).</summary>
    public static HashSet<string> Linking() => Union("kinship", "name-openers", "name-closers");

    /// <summary>Linking words that need a name after them (بن، أبو), so never end one.</summary>
    public static HashSet<string> NeedFollower() => Union("kinship", "name-openers");

    /// <summary>Words of a name that are never its surname (بن، آل، عبد الله، الدين).</summary>
    public static HashSet<string> NotSurnames() => Union("kinship", "name-closers");

    public static HashSet<string> Set(string name) => new(Words[name], StringComparer.Ordinal);

    private static HashSet<string> Union(params string[] names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names) set.UnionWith(Words[name]);
        return set;
    }
}
