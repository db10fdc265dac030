using System.Reflection;

namespace Marsad.Text.Lexicons;

/// <summary>
/// The one reader for the project's word lists and TSV lexicons, embedded or on disk. The format:
/// UTF-8 text, one entry a line, cells separated by tabs; empty lines and lines that start with '#'
/// (the header naming source and licence, comments) are skipped; a trailing '\r' is dropped. A TSV
/// declares how many columns its rows have, and a row with fewer or more is an error that names the
/// source and the line. A word list has one word a line, trimmed.
/// </summary>
public static class LexiconReader
{
    /// <summary>The text of the embedded resource <paramref name="name"/> of <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">The resource is not embedded.</exception>
    public static string ReadResource(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The rows of a TSV text with exactly <paramref name="columns"/> cells each.</summary>
    public static IEnumerable<LexiconRow> Rows(string text, string source, int columns) => Rows(text, source, columns, columns);

    /// <summary>
    /// The rows of a TSV text with <paramref name="minColumns"/> to <paramref name="maxColumns"/> cells each;
    /// <paramref name="comment"/>, when given, receives the text of each '#' line (without the '#' and the spaces after it).
    /// </summary>
    /// <exception cref="FormatException">A row has too few or too many cells; the message names the source and line.</exception>
    public static IEnumerable<LexiconRow> Rows(string text, string source, int minColumns, int maxColumns, Action<string>? comment = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(minColumns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxColumns, minColumns);
        return Iterate(text, source, minColumns, maxColumns, comment);
    }

    /// <summary>The rows of the embedded TSV resource <paramref name="name"/>, read in full before the first row.</summary>
    public static IEnumerable<LexiconRow> ResourceRows(Assembly assembly, string name, int minColumns, int maxColumns) =>
        Rows(ReadResource(assembly, name), name, minColumns, maxColumns);

    /// <summary>The rows of the TSV file at <paramref name="path"/>, named by its file name in errors.</summary>
    public static IEnumerable<LexiconRow> FileRows(string path, int minColumns, int maxColumns) =>
        Rows(File.ReadAllText(path), Path.GetFileName(path), minColumns, maxColumns);

    /// <summary>The entries of a word list: each data line, trimmed. A tab inside an entry is an error.</summary>
    public static IEnumerable<string> Words(string text, string source)
    {
        foreach (var row in Rows(text, source, 1))
        {
            var word = row[0].Trim();
            if (word.Length > 0) yield return word;
        }
    }

    /// <summary>The entries of the embedded word list <paramref name="name"/>.</summary>
    public static IEnumerable<string> ResourceWords(Assembly assembly, string name) => Words(ReadResource(assembly, name), name);

    private static IEnumerable<LexiconRow> Iterate(string text, string source, int minColumns, int maxColumns, Action<string>? comment)
    {
        int lineNo = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lineNo++;
            var line = text.AsSpan(start, end - start);
            start = end + 1;
            if (line.EndsWith("\r", StringComparison.Ordinal)) line = line[..^1];
            if (line.IsEmpty || line.IsWhiteSpace()) continue;
            if (line[0] == '#')
            {
                comment?.Invoke(line.TrimStart('#').TrimStart(' ').ToString());
                continue;
            }
            var cells = line.ToString().Split('\t');
            if (cells.Length < minColumns || cells.Length > maxColumns)
            {
                string expected = minColumns == maxColumns ? $"{minColumns}"
                    : maxColumns == int.MaxValue ? $"at least {minColumns}" : $"{minColumns} to {maxColumns}";
                throw new FormatException($"{source}:{lineNo}: expected {expected} tab-separated column{(maxColumns == 1 ? "" : "s")}, found {cells.Length}");
            }
            yield return new LexiconRow(source, lineNo, cells);
        }
    }
}
