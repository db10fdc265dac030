namespace Marsad.Text.Clitics;

/// <summary>
/// One way to read a word: proclitics, a stem and an enclitic pronoun. All spans are in the original
/// text; the stem span keeps the stem's own diacritics and tatweel, and
/// <see cref="Word"/> = proclitic span + <see cref="Stem"/> + enclitic span.
/// </summary>
public readonly record struct CliticAnalysis(TextSpan Word, TextSpan Stem, Proclitics Proclitics, Enclitic Enclitic)
{
    /// <summary>The word read as it is, with nothing stripped.</summary>
    public bool IsWhole => Proclitics == Proclitics.None && Enclitic == Enclitic.None;

    /// <summary>The proclitic letters before the stem (empty when none).</summary>
    public TextSpan ProcliticSpan => TextSpan.FromBounds(Word.Start, Stem.Start);

    /// <summary>The pronoun after the stem (empty when none).</summary>
    public TextSpan EncliticSpan => TextSpan.FromBounds(Stem.End, Word.End);

    public override string ToString() => $"{Proclitics}+{Stem}+{Enclitic}";
}
