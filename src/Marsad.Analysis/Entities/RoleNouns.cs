using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The word classes that introduce a name the lists do not know, from the embedded Data/role-nouns.tsv: people's roles
/// (الطالب، خبير) before a person's name, and the kind nouns of outlets (مجلة، صحيفة) before a quoted name.
/// The file spells the words folded.
/// </summary>
internal static class RoleNouns
{
    private static readonly WordClasses Words = WordClasses.FromResource(typeof(RoleNouns).Assembly, "Marsad.Analysis.Entities.role-nouns.tsv");

    public static HashSet<string> Set(string name) => new(Words[name], StringComparer.Ordinal);
}
