using System.Text.RegularExpressions;
using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Times;

/// <summary>
/// The words of the time grammar, by class, from the embedded Data/time-words.tsv (plain classes) and
/// Data/time-values.tsv (words with a value: seasons, decades, parts of the day). Words are folded keys; in a
/// pattern a class is an alternation in file order and «_» inside a word is any white space.
/// </summary>
internal static class TimeWords
{
    /// <summary>The article and the conjunction, the letters the patterns glue to other words.</summary>
    public const string Al = ArabicLetters.Article, And = "و";

    private static readonly WordClasses Words = WordClasses.FromResource(typeof(TimeWords).Assembly, "Marsad.Analysis.Times.time-words.tsv");

    private static readonly Dictionary<string, List<(string Word, string Value)>> s_values = LoadValues();

    /// <summary>The words of a class, folded, in file order.</summary>
    public static IReadOnlyList<string> List(string name) => [.. Words[name].Select(w => ArabicFolder.Fold(w))];

    /// <summary>The words of a class as a set of folded keys («_» left as written).</summary>
    public static HashSet<string> Set(string name) => Words.FoldedSet(name);

    /// <summary>A class as a pattern: its one word, or «(?:a|b|c)».</summary>
    public static string P(string name) => Words[name].Count == 1 ? Pattern(ArabicFolder.Fold(Words[name][0])) : Words.Alternation(name);

    /// <summary>The words of several classes as the branches of one alternation, «a|b|c» without a group.</summary>
    public static string Branches(params string[] names) => string.Join("|", names.SelectMany(n => Words[n]).Select(w => Pattern(ArabicFolder.Fold(w))));

    /// <summary>The words of a value class as the branches of one alternation, in file order.</summary>
    public static string ValueBranches(string name) => string.Join("|", Values(name).Select(v => Pattern(v.Word)));

    /// <summary>The words of a value class with their values, in file order (words folded, «_» kept).</summary>
    public static IReadOnlyList<(string Word, string Value)> Values(string name) =>
        s_values.TryGetValue(name, out var list) ? list : throw new InvalidOperationException($"time-values.tsv has no class '{name}'.");

    /// <summary>The value of <paramref name="matched"/> (text a value class's pattern matched, any white space) in class <paramref name="name"/>.</summary>
    public static string? ValueOf(string name, string matched)
    {
        string key = Regex.Replace(matched, @"\s+", "_");
        foreach (var (word, value) in Values(name)) if (word == key) return value;
        return null;
    }

    private static string Pattern(string word) => Regex.Escape(word).Replace("_", @"\s+", StringComparison.Ordinal);

    private static Dictionary<string, List<(string, string)>> LoadValues()
    {
        var d = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var row in LexiconReader.ResourceRows(typeof(TimeWords).Assembly, "Marsad.Analysis.Times.time-values.tsv", 3, 3))
        {
            if (!d.TryGetValue(row[0], out var list)) d[row[0]] = list = [];
            list.Add((ArabicFolder.Fold(row[1]), row[2]));
        }
        return d;
    }
}
