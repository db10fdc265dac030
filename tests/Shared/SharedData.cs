namespace Marsad.Tests;

/// <summary>
/// Locates the repository and the public data in ../shared beside it. Tests that need the data call
/// <see cref="Require"/>, which skips them with a clear message when the folder is absent.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedRoot => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Path_(params string[] parts) => Path.Combine([SharedRoot, .. parts]);

    /// <summary>Full path of a file or folder under ../shared, or skips the test when it is missing.</summary>
    public static string Require(params string[] parts)
    {
        var path = Path_(parts);
        Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"needs {path} (the public data beside the repository), which is absent");
        return path;
    }

    public static string Sample(string name) => Path.Combine(RepoRoot, "samples", name);

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Marsad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find Marsad.slnx above " + AppContext.BaseDirectory);
    }
}
