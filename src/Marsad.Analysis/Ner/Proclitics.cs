using Marsad.Text.Clitics;

namespace Marsad.Analysis.Ner;

/// <summary>
/// What the tagger reads from a folded word's proclitics, taken from <see cref="ProcliticReader"/>: the start of
/// the stem for features, the start of a name that carries the article, and whether a letter may be a clitic.
/// Protected words are cut here like any other: the shipped model's features were trained that way.
/// </summary>
internal static class Proclitics
{
    /// <summary>Which clitics <see cref="StemStart"/> removed, as bits: 1 conjunction, 2 preposition, 4 article.</summary>
    public const int Conjunction = 1, Preposition = 2, Article = 4;

    private const Text.Clitics.Proclitics Conjunctions = Text.Clitics.Proclitics.Wa | Text.Clitics.Proclitics.Fa;
    private const Text.Clitics.Proclitics Prepositions = Text.Clitics.Proclitics.Bi | Text.Clitics.Proclitics.Ka | Text.Clitics.Proclitics.Li;
    private const Text.Clitics.Proclitics NoFuture = Conjunctions | Prepositions | Text.Clitics.Proclitics.Al;

    /// <summary>
    /// Start of the stem: after conjunction, preposition and article (والكتاب → كتاب, للأمم → أمم); a preposition is
    /// only stripped before the article, and a lone conjunction leaves at least three letters.
    /// </summary>
    public static int StemStart(ReadOnlySpan<char> w, out int pattern)
    {
        pattern = 0;
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(w, readings, 2, NoFuture, keepProtected: false);
        var best = readings[0];
        for (int i = 1; i < n; i++)
        {
            var r = readings[i];
            bool usable = r.IsDefinite || (r.Proclitics & ~Conjunctions) == 0 && w.Length - r.Start >= 3;
            if (usable && r.Start > best.Start) best = r;
        }
        if ((best.Proclitics & Conjunctions) != 0) pattern |= Conjunction;
        if ((best.Proclitics & Prepositions) != 0) pattern |= Preposition;
        if (best.IsDefinite) pattern |= Article;
        return best.Start;
    }

    /// <summary>
    /// Start of the name inside a word whose clitics are sure to be clitics: (و|ف)?(ب|ك|ل)? before ال
    /// (وبالقاهرة → القاهرة) and the first ل of لل (للأمم → لأمم, whose ل is the article's). -1 when no such prefix.
    /// </summary>
    public static int ArticleNameStart(ReadOnlySpan<char> w)
    {
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(w, readings, 2, NoFuture, keepProtected: false);
        int start = -1;
        for (int i = 1; i < n; i++)
            if (readings[i].IsDefinite && readings[i].NameStart > 0) start = Math.Max(start, readings[i].NameStart);
        return start;
    }

    /// <summary>Whether the first letter may be a conjunction or preposition (ambiguous with the name's own letters).</summary>
    public static bool MayStartWithClitic(ReadOnlySpan<char> w)
    {
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(w, readings, 3, Conjunctions | Prepositions, keepProtected: false);
        for (int i = 1; i < n; i++) if (readings[i].Start == 1) return true;
        return false;
    }
}
