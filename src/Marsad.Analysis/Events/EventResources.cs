using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Events;

/// <summary>The event knowledge files embedded in this assembly (Events/Data/*.tsv).</summary>
internal static class EventResources
{
    public static string Read(string file) => LexiconReader.ReadResource(typeof(EventResources).Assembly, "Marsad.Analysis.Events." + file);
}
