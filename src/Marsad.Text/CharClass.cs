using System.Runtime.CompilerServices;
using static Marsad.Text.ArabicLetters;

namespace Marsad.Text;

/// <summary>What a character can start or continue, for the tokenizer's first-character dispatch.</summary>
internal enum CharClass : byte
{
    Other,
    Space,
    /// <summary>Arabic letters, diacritics, tatweel and presentation forms.</summary>
    Arabic,
    /// <summary>ASCII, Arabic-Indic and Persian digits.</summary>
    Digit,
    Latin,
    Punctuation,
    /// <summary>Bidi controls, ZWNJ/ZWJ, BOM, soft hyphen: invisible, skipped between tokens, kept inside words.</summary>
    Format,
}

internal static class CharClasses
{
    private const int Size = 0x0700;

    // PERF: one lookup for ASCII, Latin-1, Latin Extended and the Arabic block instead of a chain of range tests.
    private static readonly CharClass[] Table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharClass Of(char c) => c < Size ? Table[c] : Slow(c);

    private static CharClass[] Build()
    {
        var table = new CharClass[Size];
        for (int c = 0; c < Size; c++) table[c] = Slow((char)c);
        return table;
    }

    private static CharClass Slow(char c)
    {
        if (IsFormatMark(c)) return CharClass.Format;
        if (IsWordChar(c) || ArabicFolder.IsPresentationForm(c)) return CharClass.Arabic;
        if (IsDigit(c)) return CharClass.Digit;
        if (Tokenizer.IsLatinLetter(c)) return CharClass.Latin;
        if (char.IsWhiteSpace(c)) return CharClass.Space;
        if (Tokenizer.IsPunctuation(c)) return CharClass.Punctuation;
        return CharClass.Other;
    }
}
