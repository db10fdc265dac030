using System.Diagnostics;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using Marsad.Analysis.Ner;
using Marsad.Text;

namespace Marsad.Tools.Ner;

/// <summary>
/// Learns word classes from unlabelled text for the name tagger: each frequent word form (as the tagger's stem
/// features read it, <see cref="WordClusters.FormOf"/>) is described by the words at ±1 and ±2 around it, weighted
/// by positive pointwise mutual information (context counts smoothed by ^0.75); a randomized range finder
/// projects those rows onto their top directions; spherical k-means cuts the words into a tree of clusters
/// (coarse to fine). Names of people end up with names of people, places with places, whether or not the
/// tagger's training data has them. Single-threaded with seeded randomness: the same text gives the same file.
/// </summary>
public sealed class WordClusterer
{
    /// <summary>Forms seen fewer times are left without a cluster (too little context to place them).</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>At most this many forms are clustered (the most frequent).</summary>
    public int MaxWords { get; init; } = 80_000;

    /// <summary>The most frequent tokens that serve as contexts; the rest share one "other" context.</summary>
    public int ContextWords { get; init; } = 1000;

    /// <summary>Dimensions of the projection the clustering works in.</summary>
    public int Dimensions { get; init; } = 96;

    /// <summary>Power iterations of the range finder (each sharpens the top directions).</summary>
    public int PowerIterations { get; init; } = 2;

    /// <summary>Clusters at each level of the tree: 16 coarse ones, 16 inside each, 8 inside those.</summary>
    public int[] Branching { get; init; } = [16, 16, 8];

    public int KMeansIterations { get; init; } = 25;

    public ulong Seed { get; init; } = 1;

    private static readonly int[] Offsets = [-2, -1, 1, 2];
    private const int MaxChars = 48;

    public sealed record Result(string[] Forms, int[] Counts, int[][] Paths, long Tokens);

    /// <summary>Reads the texts (articles), then clusters their frequent word forms.</summary>
    public Result Learn(IEnumerable<string> texts, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        void Log(string m) => log?.Invoke($"[{clock.Elapsed.TotalSeconds,6:F1} s] {m}");

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var isWord = new List<bool>();
        var counts = new List<int>();
        var sequence = new List<int>(1 << 22);
        const int Boundary = -1;
        Span<char> buffer = stackalloc char[MaxChars * 4];
        int articles = 0;
        int Intern(ReadOnlySpan<char> key, bool word)
        {
            if (!lookup.TryGetValue(key, out int id))
            {
                id = ids.Count;
                lookup[key] = id;
                isWord.Add(word);
                counts.Add(0);
            }
            counts[id]++;
            return id;
        }
        foreach (var text in texts)
        {
            articles++;
            sequence.Add(Boundary);
            foreach (var token in Tokenizer.Tokenize(text))
            {
                var surface = text.AsSpan(token.Start, token.Span.Length);
                if (surface.Length > MaxChars || ArabicFolder.MaxFoldedLength(surface) > buffer.Length) { sequence.Add(Intern("<long>", false)); continue; }
                int n = ArabicFolder.Fold(surface, buffer, FoldOptions.Matching);
                var folded = buffer[..n];
                int start = WordClusters.FormStart(folded);
                if (start >= 0) sequence.Add(Intern(folded[start..], true));
                else if (token.Kind == TokenKind.Number) sequence.Add(Intern("<number>", false));
                else sequence.Add(Intern(n == 0 ? "<empty>" : folded, false));
            }
        }
        sequence.Add(Boundary);
        Log($"{articles} texts, {sequence.Count - articles - 1} tokens, {ids.Count} distinct forms");

        var names = new string[ids.Count];
        foreach (var (key, id) in ids) names[id] = key;
        int ByFrequency(int a, int b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : string.CompareOrdinal(names[a], names[b]);

        var words = Enumerable.Range(0, names.Length).Where(i => isWord[i] && counts[i] >= MinCount).ToList();
        words.Sort(ByFrequency);
        if (words.Count > MaxWords) words.RemoveRange(MaxWords, words.Count - MaxWords);
        var contexts = Enumerable.Range(0, names.Length).ToList();
        contexts.Sort(ByFrequency);
        if (contexts.Count > ContextWords) contexts.RemoveRange(ContextWords, contexts.Count - ContextWords);

        // Context slots per offset: the frequent tokens, then "other", then the text boundary.
        int slots = contexts.Count + 2, other = contexts.Count, boundary = contexts.Count + 1;
        var slotOf = new int[names.Length];
        Array.Fill(slotOf, other);
        for (int i = 0; i < contexts.Count; i++) slotOf[contexts[i]] = i;
        var rowOf = new int[names.Length];
        Array.Fill(rowOf, -1);
        for (int i = 0; i < words.Count; i++) rowOf[words[i]] = i;

        var matrix = Cooccurrences(sequence, rowOf, slotOf, words.Count, slots, boundary);
        Log($"{words.Count} forms × {matrix.Columns} contexts, {matrix.Values.Length} non-zero");
        matrix.ToPpmi();
        var embedding = Project(matrix);
        Log($"projected to {Dimensions} dimensions");
        var paths = ClusterTree(embedding, words.Count);
        Log($"clustered into {string.Join(" / ", Branching)}");
        return new Result(words.Select(w => names[w]).ToArray(), words.Select(w => counts[w]).ToArray(), paths, sequence.Count - articles - 1);
    }

    /// <summary>Writes the cluster file: one line per form (ordinal order) with its path and count; gzip when the name ends in .gz.</summary>
    public static void Write(Result result, string path)
    {
        var order = Enumerable.Range(0, result.Forms.Length).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(result.Forms[a], result.Forms[b]));
        using var file = File.Create(path);
        Stream output = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(output, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("# form\tcluster path (coarse.finer.finest)\tcount");
        foreach (int i in order)
            writer.WriteLine($"{result.Forms[i]}\t{string.Join('.', result.Paths[i])}\t{result.Counts[i]}");
    }

    /// <summary>A sparse matrix in compressed rows.</summary>
    private sealed class SparseRows
    {
        public required int Rows, Columns;
        public required int[] Starts, Indices;
        public required float[] Values;

        /// <summary>Counts become max(0, log(n(w,c) / (n(w) · P(c)^0.75 normalised))).</summary>
        public void ToPpmi()
        {
            var columnTotals = new double[Columns];
            for (int k = 0; k < Values.Length; k++) columnTotals[Indices[k]] += Values[k];
            double smoothedTotal = 0;
            var smoothed = new double[Columns];
            for (int c = 0; c < Columns; c++) smoothedTotal += smoothed[c] = Math.Pow(columnTotals[c], 0.75);
            for (int r = 0; r < Rows; r++)
            {
                double rowTotal = 0;
                for (int k = Starts[r]; k < Starts[r + 1]; k++) rowTotal += Values[k];
                for (int k = Starts[r]; k < Starts[r + 1]; k++)
                {
                    double pmi = Math.Log(Values[k] * smoothedTotal / (rowTotal * smoothed[Indices[k]]));
                    Values[k] = pmi > 0 ? (float)pmi : 0f;
                }
            }
        }
    }

    private static SparseRows Cooccurrences(List<int> sequence, int[] rowOf, int[] slotOf, int rows, int slots, int boundary)
    {
        // Occurrences of each row's form, then each row's contexts counted in a dense scratch row.
        var starts = new int[rows + 1];
        for (int i = 0; i < sequence.Count; i++) if (sequence[i] >= 0 && rowOf[sequence[i]] >= 0) starts[rowOf[sequence[i]] + 1]++;
        for (int r = 0; r < rows; r++) starts[r + 1] += starts[r];
        var positions = new int[starts[rows]];
        var fill = (int[])starts.Clone();
        for (int i = 0; i < sequence.Count; i++) if (sequence[i] >= 0 && rowOf[sequence[i]] >= 0) positions[fill[rowOf[sequence[i]]]++] = i;

        int columns = Offsets.Length * slots;
        var scratch = new int[columns];
        var touched = new List<int>();
        var rowStarts = new int[rows + 1];
        var indices = new List<int>();
        var values = new List<float>();
        for (int r = 0; r < rows; r++)
        {
            for (int p = starts[r]; p < starts[r + 1]; p++)
            {
                int i = positions[p];
                for (int o = 0; o < Offsets.Length; o++)
                {
                    int j = i + Offsets[o];
                    // Contexts stop at the text's edge: beyond it is another article.
                    int slot = j < 0 || j >= sequence.Count || sequence[j] < 0 || Crosses(sequence, i, j) ? boundary : slotOf[sequence[j]];
                    int c = o * slots + slot;
                    if (scratch[c]++ == 0) touched.Add(c);
                }
            }
            touched.Sort();
            foreach (int c in touched) { indices.Add(c); values.Add(scratch[c]); scratch[c] = 0; }
            touched.Clear();
            rowStarts[r + 1] = indices.Count;
        }
        return new SparseRows { Rows = rows, Columns = columns, Starts = rowStarts, Indices = [.. indices], Values = [.. values] };
    }

    /// <summary>Whether a text boundary lies strictly between positions i and j (±2 apart at most).</summary>
    private static bool Crosses(List<int> sequence, int i, int j)
    {
        int from = Math.Min(i, j) + 1, to = Math.Max(i, j);
        for (int k = from; k < to; k++) if (sequence[k] < 0) return true;
        return false;
    }

    /// <summary>
    /// Each row projected onto an orthonormal basis of the matrix's dominant right directions (randomized range
    /// finder with power iterations), then scaled to unit length: cosine geometry for k-means.
    /// </summary>
    private float[] Project(SparseRows m)
    {
        int k = Dimensions;
        var rng = new SplitMix(Seed);
        var basis = new float[m.Columns * k];
        for (int i = 0; i < basis.Length; i++) basis[i] = Gaussian(ref rng);
        var rowsBuffer = new float[m.Rows * k];
        for (int q = 0; q < PowerIterations; q++)
        {
            Multiply(m, basis, rowsBuffer, k);
            MultiplyTransposed(m, rowsBuffer, basis, k);
            Orthonormalise(basis, m.Columns, k);
        }
        Multiply(m, basis, rowsBuffer, k);
        for (int r = 0; r < m.Rows; r++) Normalise(rowsBuffer.AsSpan(r * k, k));
        return rowsBuffer;
    }

    /// <summary>output (rows×k) = m · basis (columns×k).</summary>
    private static void Multiply(SparseRows m, float[] basis, float[] output, int k)
    {
        Array.Clear(output);
        for (int r = 0; r < m.Rows; r++)
        {
            var row = output.AsSpan(r * k, k);
            for (int p = m.Starts[r]; p < m.Starts[r + 1]; p++)
                if (m.Values[p] != 0) Axpy(m.Values[p], basis.AsSpan(m.Indices[p] * k, k), row);
        }
    }

    /// <summary>output (columns×k) = mᵀ · rows (rows×k).</summary>
    private static void MultiplyTransposed(SparseRows m, float[] rows, float[] output, int k)
    {
        Array.Clear(output);
        for (int r = 0; r < m.Rows; r++)
        {
            var row = rows.AsSpan(r * k, k);
            for (int p = m.Starts[r]; p < m.Starts[r + 1]; p++)
                if (m.Values[p] != 0) Axpy(m.Values[p], row, output.AsSpan(m.Indices[p] * k, k));
        }
    }

    /// <summary>Modified Gram–Schmidt on the k columns of a (n×k, row-major) matrix.</summary>
    private static void Orthonormalise(float[] a, int n, int k)
    {
        var column = new double[n];
        for (int j = 0; j < k; j++)
        {
            for (int i = 0; i < n; i++) column[i] = a[i * k + j];
            for (int prev = 0; prev < j; prev++)
            {
                double dot = 0;
                for (int i = 0; i < n; i++) dot += column[i] * a[i * k + prev];
                for (int i = 0; i < n; i++) column[i] -= dot * a[i * k + prev];
            }
            double norm = 0;
            for (int i = 0; i < n; i++) norm += column[i] * column[i];
            norm = Math.Sqrt(norm);
            for (int i = 0; i < n; i++) a[i * k + j] = norm > 0 ? (float)(column[i] / norm) : 0f;
        }
    }

    /// <summary>Hierarchical spherical k-means: each cluster of a level is cut again at the next.</summary>
    private int[][] ClusterTree(float[] points, int count)
    {
        var paths = new int[count][];
        for (int i = 0; i < count; i++) paths[i] = new int[Branching.Length];
        var groups = new List<int[]> { Enumerable.Range(0, count).ToArray() };
        var rng = new SplitMix(Seed * 31 + 7);
        for (int level = 0; level < Branching.Length; level++)
        {
            var next = new List<int[]>();
            foreach (var members in groups)
            {
                int clusters = Math.Min(Branching[level], Math.Max(1, members.Length / 4));
                var assignment = clusters == 1 ? new int[members.Length] : KMeans(points, members, clusters, ref rng);
                for (int m = 0; m < members.Length; m++) paths[members[m]][level] = assignment[m];
                for (int c = 0; c < clusters; c++)
                {
                    var part = members.Where((_, m) => assignment[m] == c).ToArray();
                    if (part.Length > 0) next.Add(part);
                }
            }
            groups = next;
        }
        return paths;
    }

    private int[] KMeans(float[] points, int[] members, int clusters, ref SplitMix rng)
    {
        int k = Dimensions, n = members.Length;
        var centres = new float[clusters * k];
        // k-means++ seeding: each new centre drawn in proportion to its distance from the nearest chosen one.
        var nearest = new double[n];
        Array.Fill(nearest, double.MaxValue);
        int first = (int)(rng.Next() % (ulong)n);
        points.AsSpan(members[first] * k, k).CopyTo(centres.AsSpan(0, k));
        for (int c = 1; c < clusters; c++)
        {
            double total = 0;
            var last = centres.AsSpan((c - 1) * k, k);
            for (int m = 0; m < n; m++)
            {
                double d = Math.Max(0, 1 - Dot(points.AsSpan(members[m] * k, k), last));
                if (d < nearest[m]) nearest[m] = d;
                total += nearest[m];
            }
            double target = total * (rng.Next() >> 11) / (1UL << 53);
            int pick = n - 1;
            for (int m = 0; m < n; m++) { target -= nearest[m]; if (target <= 0) { pick = m; break; } }
            points.AsSpan(members[pick] * k, k).CopyTo(centres.AsSpan(c * k, k));
        }
        var assignment = new int[n];
        Array.Fill(assignment, -1);
        var sums = new double[clusters * k];
        for (int iteration = 0; iteration < KMeansIterations; iteration++)
        {
            int changed = 0;
            for (int m = 0; m < n; m++)
            {
                var p = points.AsSpan(members[m] * k, k);
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int c = 0; c < clusters; c++)
                {
                    float d = Dot(p, centres.AsSpan(c * k, k));
                    if (d > bestDot) { bestDot = d; best = c; }
                }
                if (assignment[m] != best) { assignment[m] = best; changed++; }
            }
            if (changed == 0) break;
            Array.Clear(sums);
            for (int m = 0; m < n; m++)
            {
                int c = assignment[m], at = members[m] * k;
                for (int d = 0; d < k; d++) sums[c * k + d] += points[at + d];
            }
            for (int c = 0; c < clusters; c++)
            {
                double norm = 0;
                for (int d = 0; d < k; d++) norm += sums[c * k + d] * sums[c * k + d];
                if (norm == 0) continue; // an empty cluster keeps its centre
                norm = Math.Sqrt(norm);
                for (int d = 0; d < k; d++) centres[c * k + d] = (float)(sums[c * k + d] / norm);
            }
        }
        return assignment;
    }

    private static void Axpy(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = new Vector<float>(a);
            for (; i + Vector<float>.Count <= x.Length; i += Vector<float>.Count)
                (new Vector<float>(y[i..]) + va * new Vector<float>(x[i..])).CopyTo(y[i..]);
        }
        for (; i < x.Length; i++) y[i] += a * x[i];
    }

    private static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int i = 0;
        float sum = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            for (; i + Vector<float>.Count <= x.Length; i += Vector<float>.Count)
                acc += new Vector<float>(x[i..]) * new Vector<float>(y[i..]);
            sum = Vector.Sum(acc);
        }
        for (; i < x.Length; i++) sum += x[i] * y[i];
        return sum;
    }

    private static void Normalise(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm > 0) for (int i = 0; i < v.Length; i++) v[i] /= norm;
    }

    /// <summary>A standard normal draw (Box–Muller) from the seeded generator.</summary>
    private static float Gaussian(ref SplitMix rng)
    {
        double u1 = ((rng.Next() >> 11) + 1.0) / (1UL << 53), u2 = (rng.Next() >> 11) / (double)(1UL << 53);
        return (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
