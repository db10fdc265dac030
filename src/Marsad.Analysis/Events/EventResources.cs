using System.Reflection;

namespace Marsad.Analysis.Events;

/// <summary>The event knowledge files embedded in this assembly (Events/Data/*.tsv).</summary>
internal static class EventResources
{
    public static string Read(string file)
    {
        var asm = typeof(EventResources).Assembly;
        using var stream = asm.GetManifestResourceStream("Marsad.Analysis.Events." + file)
            ?? throw new InvalidOperationException($"Missing embedded resource Marsad.Analysis.Events.{file}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
