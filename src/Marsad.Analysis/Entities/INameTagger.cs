using Marsad.Text;

namespace Marsad.Analysis.Entities;

/// <summary>A name found by a statistical tagger: its span (without clitics), type and the tagger's confidence (0..1).</summary>
public readonly record struct TaggedName(TextSpan Span, EntityType Type, float Confidence);

/// <summary>
/// Finds names in running text from the tokens alone (a learned sequence model). The entity step combines its
/// output with knowledge-base matches; implementations must be thread-safe and allocation-light.
/// </summary>
public interface INameTagger
{
    IReadOnlyList<TaggedName> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences);

    /// <summary>Whether a folded word is one the tagger learned to read as a common word, not part of a name.</summary>
    bool IsCommonWord(ReadOnlySpan<char> folded) => false;

    /// <summary>Whether a folded word is one the tagger knows as a word of names (seen inside names in training, or
    /// in its gazetteers), so that a first letter that could be a clitic is the name's own (فورد is not ف + ورد).</summary>
    bool IsNameWord(ReadOnlySpan<char> folded) => false;
}
