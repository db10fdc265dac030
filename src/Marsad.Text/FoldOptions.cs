namespace Marsad.Text;

/// <summary>Each folding rule of <see cref="ArabicFolder"/> can be switched on or off.</summary>
[Flags]
public enum FoldOptions
{
    None = 0,
    /// <summary>Presentation forms and ligatures (ﻻ, ﷲ, ﺑ) to their NFKC letters.</summary>
    PresentationForms = 1 << 0,
    /// <summary>Drop harakat, tanween, shadda, sukun and dagger alef.</summary>
    Diacritics = 1 << 1,
    /// <summary>Drop tatweel (ـ).</summary>
    Tatweel = 1 << 2,
    /// <summary>Drop bidi controls, ZWNJ/ZWJ, BOM and soft hyphens.</summary>
    FormatMarks = 1 << 3,
    /// <summary>أ إ آ ٱ → ا.</summary>
    AlefForms = 1 << 4,
    /// <summary>ى → ي (keys only: the surface text keeps its spelling).</summary>
    AlefMaksura = 1 << 5,
    /// <summary>ة → ه (keys only).</summary>
    TehMarbuta = 1 << 6,
    /// <summary>ؤ → و, ئ → ي.</summary>
    HamzaSeats = 1 << 7,
    /// <summary>Persian and Urdu letters (ی ک ە ی) to their Arabic counterparts.</summary>
    PersianLetters = 1 << 8,
    /// <summary>Arabic-Indic and Persian digits to ASCII; ٫ to '.', ٬ to ','.</summary>
    Digits = 1 << 9,
    /// <summary>Runs of three or more identical letters (وجيييه) collapse to one.</summary>
    Elongation = 1 << 10,
    /// <summary>Latin letters to lower case.</summary>
    LowerCaseLatin = 1 << 11,

    /// <summary>Everything: the key used for matching names, lexicon entries and search terms.</summary>
    Matching = PresentationForms | Diacritics | Tatweel | FormatMarks | AlefForms | AlefMaksura | TehMarbuta
             | HamzaSeats | PersianLetters | Digits | Elongation | LowerCaseLatin,
}
