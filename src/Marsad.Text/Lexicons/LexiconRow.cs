namespace Marsad.Text.Lexicons;

/// <summary>One data line of a lexicon: its tab-separated cells and where it came from, for error messages.</summary>
public readonly struct LexiconRow
{
    private readonly string[] _cells;

    public LexiconRow(string source, int line, string[] cells)
    {
        Source = source;
        Line = line;
        _cells = cells;
    }

    /// <summary>The file or resource name the row was read from.</summary>
    public string Source { get; }

    /// <summary>The 1-based line number of the row in <see cref="Source"/>.</summary>
    public int Line { get; }

    /// <summary>How many cells the row has.</summary>
    public int Count => _cells.Length;

    public string this[int index] => _cells[index];

    /// <summary>Cell <paramref name="index"/>, or the empty string when the row is shorter.</summary>
    public string Optional(int index) => index < _cells.Length ? _cells[index] : string.Empty;

    /// <summary>All cells.</summary>
    public ReadOnlySpan<string> Cells => _cells;

    /// <summary>A format error that names the source and line: «units.tsv:12: unknown unit 'x'».</summary>
    public FormatException Error(string message) => new($"{Source}:{Line}: {message}");
}
