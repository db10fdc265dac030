using System.Text.RegularExpressions;

namespace Marsad.Text.Lexicons;

/// <summary>
/// A word list in classes: rows of «class TAB words», the words separated by spaces, a class on as many rows
/// as it needs. Words keep the file's order; asking for a class the file does not have is an error.
/// </summary>
public sealed class WordClasses
{
    private readonly Dictionary<string, List<string>> _classes;
    private readonly string _source;

    private WordClasses(string source, Dictionary<string, List<string>> classes)
    {
        _source = source;
        _classes = classes;
    }

    /// <summary>The words of <paramref name="name"/>, in file order.</summary>
    /// <exception cref="InvalidOperationException">The file has no such class.</exception>
    public IReadOnlyList<string> this[string name] =>
        _classes.TryGetValue(name, out var words) ? words : throw new InvalidOperationException($"{_source} has no class '{name}'.");

    /// <summary>The words of <paramref name="name"/> as folded matching keys (ArabicFolder, FoldOptions.Matching), so the file may spell them as written.</summary>
    public HashSet<string> FoldedSet(string name) => new(this[name].Select(w => ArabicFolder.Fold(w)), StringComparer.Ordinal);

    /// <summary>
    /// The words of <paramref name="name"/> folded, in file order, as a regular-expression alternation «(?:a|b)»;
    /// a word written with «_» (بعد_الظهر) stands for words separated by any white space (\s+).
    /// </summary>
    public string Alternation(string name) =>
        "(?:" + string.Join("|", this[name].Select(w => Regex.Escape(ArabicFolder.Fold(w)).Replace("_", @"\s+", StringComparison.Ordinal))) + ")";

    /// <summary>The class names, in file order of first appearance.</summary>
    public IEnumerable<string> Names => _classes.Keys;

    public static WordClasses Parse(string text, string source)
    {
        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in LexiconReader.Rows(text, source, 2))
        {
            if (!classes.TryGetValue(row[0], out var words)) classes[row[0]] = words = [];
            words.AddRange(row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return new WordClasses(source, classes);
    }

    /// <summary>The classes of the embedded resource <paramref name="name"/>.</summary>
    public static WordClasses FromResource(System.Reflection.Assembly assembly, string name) =>
        Parse(LexiconReader.ReadResource(assembly, name), name);
}
