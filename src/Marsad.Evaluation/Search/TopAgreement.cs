using System.Globalization;

namespace Marsad.Evaluation.Search;

/// <summary>
/// How far two searches agree on the judged queries: the share of queries whose top <see cref="Depth"/> hold the same
/// articles (in any order), and the mean share of the reference's top articles the other finds in its own top.
/// Used to check that search over PostgreSQL returns what the embedded index returns.
/// </summary>
public sealed class TopAgreement(int depth = 10)
{
    public int Depth { get; } = depth;
    private readonly List<(GoldQuery Query, bool Same, double Overlap)> _rows = [];

    public void Add(GoldQuery query, IReadOnlyList<string> reference, IReadOnlyList<string> other)
    {
        var a = reference.Take(Depth).ToHashSet(StringComparer.Ordinal);
        var b = other.Take(Depth).ToHashSet(StringComparer.Ordinal);
        double overlap = a.Count == 0 ? (b.Count == 0 ? 1 : 0) : a.Count(b.Contains) / (double)a.Count;
        _rows.Add((query, a.SetEquals(b), overlap));
    }

    public string Report(string reference, string other)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>();
        foreach (var (name, rows) in new[] { ("all", _rows), ("dev", _rows.Where(r => r.Query.Split == "dev").ToList()), ("test", _rows.Where(r => r.Query.Split == "test").ToList()) })
        {
            if (rows.Count == 0) continue;
            lines.Add(string.Format(inv, "top-{0} agreement of {1} with {2}, {3,-4} {4,3} queries: same top {0} {5:0.0}%, mean overlap {6:0.0}%",
                Depth, other, reference, name, rows.Count, 100.0 * rows.Count(r => r.Same) / rows.Count, 100.0 * rows.Average(r => r.Overlap)));
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
