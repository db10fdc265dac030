namespace Marsad.Text.Clitics;

/// <summary>The proclitics stripped from the front of a word, in the order they are written.</summary>
[Flags]
public enum Proclitics : byte
{
    None = 0,
    /// <summary>و «and».</summary>
    Wa = 1 << 0,
    /// <summary>ف «so, then».</summary>
    Fa = 1 << 1,
    /// <summary>ب «with, by, in».</summary>
    Bi = 1 << 2,
    /// <summary>ك «like, as».</summary>
    Ka = 1 << 3,
    /// <summary>ل «for, to»; with the article it is written لل (the article's alef drops).</summary>
    Li = 1 << 4,
    /// <summary>س future marker, only before an imperfect verb (سيتم، وسنعمل).</summary>
    Sa = 1 << 5,
    /// <summary>ال the definite article.</summary>
    Al = 1 << 6,
}
