using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Words that announce a name of a given class: titles before people (الرئيس، وزير، السيد), kinds of bodies before
/// organisations (شركة، حزب، وكالة) and kinds of places before locations (مدينة، محافظة). Keys are folded words
/// without the article; the tagger looks them up by hash for the word itself and its clitic-stripped stem.
/// </summary>
internal static class TriggerWords
{
    public const byte Person = 1, Organisation = 2, Place = 3, Event = 4, Speech = 5, Nationality = 6;

    // Person, organisation, place and event triggers from Data/trigger-words.tsv, then the speech triggers: the
    // tagger's own (وصف، استقبل، التقى) and the shared speech verbs marked for the tagger. Earlier classes win a collision.
    private static readonly (byte Class, string Words)[] Lists =
    [
        .. LexiconReader.ResourceRows(typeof(TriggerWords).Assembly, "Marsad.Analysis.Ner.trigger-words.tsv", 2, 2).Select(r => (Class(r), r[1])),
        (Speech, string.Join(' ', Quotes.SpeechVerbs.MarkersFor("tagger"))),
    ];

    private static byte Class(LexiconRow row) => row[0] switch
    {
        "person" => Person,
        "organisation" => Organisation,
        "place" => Place,
        "event" => Event,
        "speech" => Speech,
        _ => throw row.Error($"unknown class '{row[0]}'"),
    };

    private static readonly Dictionary<ulong, byte> ByHash = Build();

    private static Dictionary<ulong, byte> Build()
    {
        var map = new Dictionary<ulong, byte>();
        foreach (var (cls, words) in Lists)
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = ArabicFolder.Fold(word);
                map.TryAdd(FeatureHash.Of(key), cls);
                // Listed with the article or without: register both forms.
                if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && key.Length > 3) map.TryAdd(FeatureHash.Of(key.AsSpan(2)), cls);
                else map.TryAdd(FeatureHash.Of(ArabicLetters.Article + key), cls);
            }
        return map;
    }

    public static byte Lookup(ulong hash) => ByHash.TryGetValue(hash, out var c) ? c : (byte)0;
}
