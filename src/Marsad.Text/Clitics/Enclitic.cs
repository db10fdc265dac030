namespace Marsad.Text.Clitics;

/// <summary>An attached pronoun at the end of a word (كتابهم، أعطاني، منها).</summary>
public enum Enclitic : byte
{
    None,
    /// <summary>ه «his, him».</summary>
    Hu,
    /// <summary>ها «her, its».</summary>
    Ha,
    /// <summary>هم «their, them».</summary>
    Hum,
    /// <summary>هما «their (two)».</summary>
    Huma,
    /// <summary>هن «their (f.)».</summary>
    Hunna,
    /// <summary>ك «your».</summary>
    Ka,
    /// <summary>كم «your (pl.)».</summary>
    Kum,
    /// <summary>كما «your (two)».</summary>
    Kuma,
    /// <summary>نا «our, us».</summary>
    Na,
    /// <summary>ي «my».</summary>
    Ya,
    /// <summary>ني «me» (on verbs).</summary>
    Ni,
}
