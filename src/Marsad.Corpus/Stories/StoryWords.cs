using Marsad.Text;

namespace Marsad.Corpus.Stories;

/// <summary>
/// Turns a word into a story term: folded (ArabicFolder), the article prefix ال and the conjunctions و/ف
/// before it removed («والرياض» → «رياض»), function words and very short words dropped.
/// </summary>
public static class StoryWords
{
    // Function words and news boilerplate verbs that occur in any story (folded forms).
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ما", "لا", "لم", "لن", "قد", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي",
        "الذين", "كان", "كانت", "يكون", "تكون", "بعد", "قبل", "عند", "حيث", "كما", "ايضا", "بين", "خلال", "حتي", "منذ", "اليوم", "امس",
        "وقال", "قال", "قالت", "واضاف", "اضاف", "اكد", "واكد", "اوضح", "واوضح", "اشار", "واشار", "وذلك", "فيما", "الا", "اذا", "كل",
        "غير", "ضمن", "لدي", "عام", "العام", "يوم", "هو", "هي", "هم", "وهو", "وهي", "له", "لها", "لهم", "به", "بها", "فيه", "فيها",
        "منه", "منها", "عليه", "عليها", "اليه", "اليها", "الله", "سعود", "بن", "عبدالعزيز", "الملكي", "السمو", "صاحب", "الامير",
    };

    public static string? Key(ReadOnlySpan<char> word)
    {
        var key = ArabicFolder.Fold(word);
        if (key.Length < 3 || Stop.Contains(key)) return null;
        // و/ف + ال, then ال alone: the same name with and without its article and conjunction.
        if (key.Length > 5 && key[0] is 'و' or 'ف' && key[1] == 'ا' && key[2] == 'ل') key = key[3..];
        else if (key.Length > 4 && key[0] == 'ا' && key[1] == 'ل') key = key[2..];
        if (key.Length < 3 || char.IsAsciiDigit(key[0])) return null;
        return key;
    }
}
