using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Events;

/// <summary>
/// CAMEO → PLOVER (Data/cameo-plover.tsv, built from the PLOVER project's CAMEO2PLOVER-2021 table). A code the table
/// does not list falls back to its parent (0834 → 083 → 08), as the PLOVER manual advises.
/// </summary>
internal sealed class CameoPloverTable
{
    private static readonly Lazy<CameoPloverTable> s_default = new(() => Parse(EventResources.Read("cameo-plover.tsv")));

    private readonly Dictionary<string, PloverCode> _codes;

    private CameoPloverTable(Dictionary<string, PloverCode> codes) => _codes = codes;

    public static CameoPloverTable Default => s_default.Value;

    public static CameoPloverTable Parse(string tsv)
    {
        var codes = new Dictionary<string, PloverCode>(StringComparer.Ordinal);
        foreach (var f in LexiconReader.Rows(tsv, "cameo-plover.tsv", 2, 4))
        {
            string? mode = f.Count > 2 && f[2].Trim().Length > 0 ? f[2].Trim() : null;
            string[] context = f.Count > 3 ? f[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            codes[f[0]] = new PloverCode(f[0], f[1].Trim(), mode, context);
        }
        return new CameoPloverTable(codes);
    }

    /// <summary>The PLOVER coding of a CAMEO code, or null when PLOVER drops it (01, 02).</summary>
    public PloverCode? Lookup(string cameo)
    {
        for (int n = cameo.Length; n >= 2; n--)
            if (_codes.TryGetValue(cameo[..n], out var code))
                return n == cameo.Length ? code : code with { Cameo = cameo };
        return null;
    }
}
