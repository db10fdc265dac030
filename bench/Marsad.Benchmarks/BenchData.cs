namespace Marsad.Benchmarks;

/// <summary>Finds the repository's samples and the public data in ../shared.</summary>
public static class BenchData
{
    public static string RepoRoot { get; } = Find();

    public static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    public static string? Shared(params string[] parts)
    {
        var path = Path.Combine([RepoRoot, "..", "shared", .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? Path.GetFullPath(path) : null;
    }

    private static string Find()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) dir = dir.Parent;
        dir ??= new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
