using System.Globalization;
using System.IO.Compression;
using System.Text;
using Marsad.Knowledge.Geo;
using Marsad.Text.Lexicons;

namespace Marsad.Knowledge.Kb;

/// <summary>
/// The knowledge-base file: UTF-8 TSV (gzip'd when shipped). '#' lines are the attribution header; then
/// E id type name country capital arabic-names(|) · R id role country start end · A adjective state ·
/// G id latitude longitude (where a place is, for maps).
/// </summary>
public static class KbFile
{
    public static KnowledgeBase Read(TextReader reader)
    {
        var header = new List<string>();
        var entities = new List<KbEntity>();
        var roles = new List<KbRole>();
        var adjectives = new Dictionary<string, string>(StringComparer.Ordinal);
        var locations = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var f in LexiconReader.Rows(reader.ReadToEnd(), "knowledge base", 1, 7, header.Add))
        {
            switch (f[0])
            {
                case "E" when f.Count == 7:
                    entities.Add(new KbEntity(f[1], Enum.Parse<KbType>(f[2]), f[3], f[6].Split('|', StringSplitOptions.RemoveEmptyEntries), Null(f[4]), Null(f[5])));
                    break;
                case "R" when f.Count == 6:
                    roles.Add(new KbRole(f[1], f[2], f[3], Date(f[4]), Date(f[5])));
                    break;
                case "A" when f.Count == 3:
                    adjectives[f[1]] = f[2];
                    break;
                case "G" when f.Count == 4:
                    if (!GeoPoint.TryParse(f[2], f[3], out var point)) throw f.Error($"'{f[2]} {f[3]}' is not a latitude and longitude");
                    locations[f[1]] = point;
                    break;
                default:
                    throw f.Error($"unexpected '{string.Join('\t', f.Cells)}'");
            }
        }
        return new KnowledgeBase(entities, roles, adjectives, header, locations);
    }

    public static void Write(KnowledgeBase kb, TextWriter w)
    {
        foreach (var h in kb.Header) w.Write("# " + h + "\n");
        foreach (var e in kb.Entities)
            w.Write($"E\t{e.Id}\t{e.Type}\t{e.Name}\t{e.Country}\t{e.Capital}\t{string.Join('|', e.NamesAr)}\n");
        foreach (var r in kb.Roles)
            w.Write($"R\t{r.EntityId}\t{r.Role}\t{r.Country}\t{Format(r.Start)}\t{Format(r.End)}\n");
        foreach (var (form, state) in kb.Adjectives.OrderBy(p => p.Key, StringComparer.Ordinal))
            w.Write($"A\t{form}\t{state}\n");
        foreach (var e in kb.Entities)
            if (kb.Location(e.Id) is { } p) w.Write($"G\t{e.Id}\t{GeoPoint.Format(p.Lat)}\t{GeoPoint.Format(p.Lon)}\n");
    }

    /// <summary>Writes the gzip'd file; the output is byte-identical for the same knowledge base.</summary>
    public static void WriteGzip(KnowledgeBase kb, string path)
    {
        using var file = File.Create(path);
        using var z = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(z, new UTF8Encoding(false));
        Write(kb, w);
    }

    private static string? Null(string s) => s.Length == 0 ? null : s;

    private static DateOnly? Date(string s) => s.Length == 0 ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Format(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
