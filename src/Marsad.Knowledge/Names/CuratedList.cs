namespace Marsad.Knowledge.Names;

/// <summary>A curated word list embedded from Curated/: one entry per line, # comments and blank lines skipped.</summary>
internal static class CuratedList
{
    public static IReadOnlyList<string> Read(string file)
    {
        using var s = typeof(CuratedList).Assembly.GetManifestResourceStream("Marsad.Knowledge.Curated." + file)
            ?? throw new InvalidOperationException($"Curated/{file} is not embedded");
        using var r = new StreamReader(s);
        var lines = new List<string>();
        while (r.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }
        return lines;
    }
}
