namespace Marsad.Text.Numbers;

internal enum PieceKind : byte { Word, Digits, Other }

/// <summary>A piece of the folded key: a word, a number written in digits, or one other character.</summary>
internal struct NumberPiece
{
    public PieceKind Kind;
    /// <summary>Key offsets, end exclusive.</summary>
    public int Start, End;
    /// <summary>Whitespace separates this piece from the one before.</summary>
    public bool SpaceBefore;
    /// <summary>Digits: the value and whether it has a decimal part; the number of integer digits.</summary>
    public double Value;
    public bool IsInteger;
    public int IntegerDigits;
    /// <summary>Words: whether the lexicon knows it, with the clitic length (و، ب، ال…) and definiteness.</summary>
    public bool IsNumberWord;
    public NumberWord Word;
    public int Prefix;
    public bool Definite;

    public readonly bool HasWaw(string key) => Kind == PieceKind.Word && Prefix > 0 && key[Start] == 'و';
}
