namespace Marsad.Text;

/// <summary>Named Arabic code points, so that rules read as letters rather than escapes.</summary>
public static class ArabicLetters
{
    public const char Hamza = '\u0621';
    public const char AlefMadda = '\u0622';
    public const char AlefHamzaAbove = '\u0623';
    public const char WawHamza = '\u0624';
    public const char AlefHamzaBelow = '\u0625';
    public const char YehHamza = '\u0626';
    public const char Alef = '\u0627';
    public const char Beh = '\u0628';
    public const char TehMarbuta = '\u0629';
    public const char Teh = '\u062A';
    public const char Dal = '\u062F';
    public const char Seen = '\u0633';
    public const char Feh = '\u0641';
    public const char Kaf = '\u0643';
    public const char Lam = '\u0644';
    public const char Meem = '\u0645';
    public const char Noon = '\u0646';
    public const char Heh = '\u0647';
    public const char Waw = '\u0648';
    public const char AlefMaksura = '\u0649';
    public const char Yeh = '\u064A';
    public const char Tatweel = '\u0640';
    public const char Shadda = '\u0651';
    public const char SuperscriptAlef = '\u0670';
    public const char AlefWasla = '\u0671';
    public const char FarsiYeh = '\u06CC';
    public const char Keheh = '\u06A9';
    public const char Ae = '\u06D5';
    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestionMark = '\u061F';
    public const char ArabicDecimalSeparator = '\u066B';
    public const char ArabicThousandsSeparator = '\u066C';
    public const char ArabicPercent = '\u066A';

    /// <summary>The definite article ال as it starts a folded key: the one prefix many rules test for or strip.</summary>
    public const string Article = "ال";

    /// <summary>Letters of the Arabic script proper (not digits, punctuation or marks).</summary>
    public static bool IsLetter(char c) =>
        c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u0671' and <= '\u06D3' or '\u06D5'
          or >= '\u06EE' and <= '\u06EF' or >= '\u06FA' and <= '\u06FC' or >= '\u0750' and <= '\u077F'
          or >= '\u08A0' and <= '\u08C9';

    /// <summary>Harakat, tanween, shadda, sukun, dagger alef and Quranic marks: they decorate a letter.</summary>
    public static bool IsDiacritic(char c) =>
        c is >= '\u064B' and <= '\u065F' or SuperscriptAlef or >= '\u0610' and <= '\u061A' or >= '\u06D6' and <= '\u06DC'
          or >= '\u06DF' and <= '\u06E8' or >= '\u06EA' and <= '\u06ED' or >= '\u08CA' and <= '\u08FF';

    /// <summary>Characters that belong inside an Arabic word: letters, marks and tatweel.</summary>
    public static bool IsWordChar(char c) => IsLetter(c) || IsDiacritic(c) || c == Tatweel;

    /// <summary>Bidi controls and other invisible format marks that crawlers leave inside words.</summary>
    public static bool IsFormatMark(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or '\u00AD'
          or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Value of an ASCII, Arabic-Indic or Persian digit, or -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    public static bool IsDigit(char c) => DigitValue(c) >= 0;
}
