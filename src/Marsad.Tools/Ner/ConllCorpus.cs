using Marsad.Analysis.Ner;
namespace Marsad.Tools.Ner;

/// <summary>One sentence of a CoNLL file: whitespace tokens and their tag ids (<see cref="NerTags"/>).</summary>
public sealed record ConllSentence(string[] Tokens, int[] Tags)
{
    /// <summary>Size of the perceptron's updates on this sentence relative to a CoNLL sentence (up-weights a small in-domain set).</summary>
    public float Weight { get; init; } = 1f;
}

/// <summary>
/// Reads CoNLL-style NER files: "token TAG" (tab or space separated, the tag is the last column) per line,
/// a blank line between sentences, "-DOCSTART-" lines ignored.
/// </summary>
public static class ConllCorpus
{
    public static List<ConllSentence> Read(string path) => Read(File.ReadLines(path));

    public static List<ConllSentence> Read(IEnumerable<string> lines)
    {
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<int>();
        void Flush()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new ConllSentence([.. tokens], [.. tags]));
            tokens.Clear();
            tags.Clear();
        }
        foreach (var raw in lines)
        {
            var line = raw.AsSpan().Trim();
            if (line.IsEmpty) { Flush(); continue; }
            if (line.StartsWith("-DOCSTART-")) { Flush(); continue; }
            int cut = line.LastIndexOfAny(' ', '\t');
            if (cut <= 0) throw new FormatException($"CoNLL line without a tag column: '{raw}'");
            var token = line[..cut].TrimEnd();
            int first = token.IndexOfAny(' ', '\t');
            if (first > 0) token = token[..first]; // extra columns (POS...) sit between token and tag
            tokens.Add(token.ToString());
            tags.Add(NerTags.Parse(line[(cut + 1)..]));
        }
        Flush();
        return sentences;
    }
}
