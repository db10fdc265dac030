using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Events;

/// <summary>
/// The closed word classes the event coder reads around a trigger, as folded keys, from the embedded
/// Data/event-words.tsv (its header says what each class is for).
/// </summary>
internal static class EventWords
{
    private static readonly WordClasses Words = WordClasses.FromResource(typeof(EventWords).Assembly, "Marsad.Analysis.Events.event-words.tsv");

    public static HashSet<string> Set(string name) => Words.FoldedSet(name);

    /// <summary>The words of <paramref name="name"/>, folded, in file order (where the first that matches wins).</summary>
    public static string[] List(string name) => [.. Words[name].Select(w => Marsad.Text.ArabicFolder.Fold(w))];
}
