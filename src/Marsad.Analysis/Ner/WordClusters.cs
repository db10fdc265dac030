using System.IO.Compression;
using System.Text;
using Marsad.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Word classes learned from unlabelled news (<c>marsad train clusters</c>): each frequent word form has a path in
/// a tree of clusters (coarse to fine: 16, then 16 inside each, then 8 inside those), so that a name never seen
/// in the training data still shares features with the names that occur in the same contexts in news.
/// The key is the form the tagger's stem features see (<see cref="FormOf"/>); the tagger looks each token up
/// once. Stored in the model as hashes; the cluster file itself is text (word, path, count), gzip.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Bits per level in a packed path; a level's id is stored plus one so that 0 means "no cluster".</summary>
    private const int LevelBits = 10;

    public const int MaxLevels = 3;

    private readonly Dictionary<ulong, uint> _paths;

    private WordClusters(Dictionary<ulong, uint> paths) => _paths = paths;

    public static WordClusters Empty { get; } = new(new Dictionary<ulong, uint>());

    public int Count => _paths.Count;

    /// <summary>The packed path of a form's hash (see <see cref="Prefix"/>), 0 when the form has no cluster.</summary>
    internal uint PathOf(ulong formHash) => _paths.TryGetValue(formHash, out var p) ? p : 0;

    /// <summary>The first <paramref name="levels"/> levels of a packed path (0 stays 0): one granularity of the tree.</summary>
    internal static uint Prefix(uint path, int levels) => path & ((1u << (LevelBits * levels)) - 1);

    /// <summary>
    /// The form a word is clustered under, from its folded text (<see cref="ArabicFolder"/>, matching options):
    /// an Arabic word without its conjunction, preposition and article (وبالرياض → رياض), as the tagger's stem
    /// features read it; other words as they are. Null for tokens that are not words (numbers, punctuation).
    /// </summary>
    public static string? FormOf(ReadOnlySpan<char> folded)
    {
        int start = FormStart(folded);
        return start < 0 ? null : folded[start..].ToString();
    }

    /// <summary>Where <see cref="FormOf"/>'s form starts in <paramref name="folded"/>; −1 when it is not a word.</summary>
    public static int FormStart(ReadOnlySpan<char> folded)
    {
        bool arabic = false, latin = false;
        foreach (char c in folded)
        {
            if (ArabicLetters.IsLetter(c)) arabic = true;
            else if (Tokenizer.IsLatinLetter(c)) latin = true;
            else return -1;
        }
        if (arabic == latin) return -1;
        return arabic ? Proclitics.StemStart(folded, out _) : 0;
    }

    /// <summary>Packs a path of level ids (each below 2^10 − 1) into the form the model stores.</summary>
    internal static uint Pack(ReadOnlySpan<int> levels)
    {
        uint p = 0;
        for (int i = 0; i < levels.Length && i < MaxLevels; i++) p |= (uint)(levels[i] + 1) << (LevelBits * i);
        return p;
    }

    /// <summary>Reads a cluster file: lines of form, path (level ids joined by '.'), count; gzip when it ends in .gz.</summary>
    public static WordClusters Load(string path)
    {
        using var file = File.OpenRead(path);
        Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input, Encoding.UTF8);
        var paths = new Dictionary<ulong, uint>();
        Span<int> levels = stackalloc int[MaxLevels];
        int lineNumber = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 2) throw new InvalidDataException($"{path}:{lineNumber}: expected form<TAB>path<TAB>count");
            var parts = cells[1].Split('.');
            int n = Math.Min(parts.Length, MaxLevels);
            for (int i = 0; i < n; i++)
                if (!int.TryParse(parts[i], out levels[i]) || levels[i] < 0 || levels[i] >= (1 << LevelBits) - 1)
                    throw new InvalidDataException($"{path}:{lineNumber}: bad cluster path '{cells[1]}'");
            paths[FeatureHash.Of(cells[0])] = Pack(levels[..n]);
        }
        return new WordClusters(paths);
    }

    // Sorted by key so that the same clusters always serialise to the same bytes.
    internal void Write(BinaryWriter w)
    {
        var keys = _paths.Keys.ToArray();
        Array.Sort(keys);
        w.Write(keys.Length);
        foreach (var k in keys) { w.Write(k); w.Write(_paths[k]); }
    }

    internal static WordClusters Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var paths = new Dictionary<ulong, uint>(n);
        for (int i = 0; i < n; i++) { ulong k = r.ReadUInt64(); paths[k] = r.ReadUInt32(); }
        return new WordClusters(paths);
    }
}
