using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// A verb that reports speech, as folded keys: its past (3ms), present (3ms) and participle (masculine, no ending),
/// each null when the verb has none that reports; the forms that mark a speaker on their own (قال قالت يقول تقول);
/// and the steps that read those markers.
/// </summary>
internal sealed record SpeechVerb(string? Past, string? Present, string? Participle, string[] Markers, string[] Readers);

/// <summary>
/// The one list of speech verbs (Quotes/Data/speech-verbs.tsv), shared by the quote finder (every inflection,
/// <see cref="SpeechCues"/>), the event coder (who speaks in a sentence) and the name tagger (a speech verb
/// before a name).
/// </summary>
internal static class SpeechVerbs
{
    /// <summary>Every verb, in the file's order.</summary>
    public static IReadOnlyList<SpeechVerb> All { get; } = Load();

    /// <summary>The folded forms that mark a speaker on their own for <paramref name="reader"/> («events», «tagger»).</summary>
    public static IEnumerable<string> MarkersFor(string reader) =>
        All.Where(v => v.Readers.Contains(reader, StringComparer.Ordinal)).SelectMany(v => v.Markers);

    private static SpeechVerb[] Load()
    {
        static string? Form(string cell) => cell == "-" ? null : ArabicFolder.Fold(cell);
        static string[] List(string cell) => cell == "-" ? [] : cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return
        [
            .. LexiconReader.ResourceRows(typeof(SpeechVerbs).Assembly, "Marsad.Analysis.Quotes.speech-verbs.tsv", 5, 5)
                .Select(r => new SpeechVerb(Form(r[0]), Form(r[1]), Form(r[2]), [.. List(r[3]).Select(w => ArabicFolder.Fold(w))], List(r[4]))),
        ];
    }
}
