using Marsad.Analysis;
using Marsad.Analysis.Ner;
using Marsad.Text;

namespace Marsad.Tools.Ner;

/// <summary>A name in an annotated article: its span of the text and the gold type (PER, ORG, GPE, LOC, FAC, MISC).</summary>
public readonly record struct NewsMention(int Start, int End, string Type, bool Optional);

/// <summary>
/// Turns an annotated news article into BIO training sentences for the tagger, cut exactly as the tagger cuts an
/// article at analysis time: Marsad's tokens (a proclitic stays on its word: وبالرياض is one token), sentences, and
/// the runs of tokens between sentences (<see cref="PerceptronNameTagger.Segment"/>). A token takes the type of the
/// mention it overlaps, B- on the mention's first token, so a mention written after a proclitic (والرياض → الرياض)
/// tags the whole token, which is what the tagger reads and then trims. GPE and FAC are LOC (the entity step retypes
/// places from the knowledge base). A segment holding a mention of an optional entity (a doubtful name: a brand,
/// الله) is left out: it would teach either answer.
/// </summary>
public static class NewsNerSentences
{
    public static List<ConllSentence> From(string text, IReadOnlyList<NewsMention> mentions, float weight = 1f)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Array.ConvertAll(SentenceSplitter.Split(text, tokens), s => new Sentence(s));
        var starts = new int[tokens.Length + 1];
        int count = PerceptronNameTagger.Segment(tokens, sentences, starts);
        var sorted = mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToArray();
        var result = new List<ConllSentence>(count);
        for (int s = 0; s < count; s++)
        {
            int a = starts[s], b = starts[s + 1];
            var words = new string[b - a];
            var tags = new int[b - a];
            bool doubtful = false;
            int previousMention = -1;
            for (int i = a; i < b; i++)
            {
                var span = tokens[i].Span;
                words[i - a] = text.Substring(span.Start, span.Length);
                int m = Covering(sorted, span.Start, span.End);
                if (m < 0) { previousMention = -1; continue; }
                if (sorted[m].Optional) doubtful = true;
                int cls = ClassOf(sorted[m].Type);
                if (cls < 0) { previousMention = -1; continue; }
                tags[i - a] = m == previousMention ? NerTags.Inside(cls) : NerTags.Begin(cls);
                previousMention = m;
            }
            if (!doubtful && words.Length > 0) result.Add(new ConllSentence(words, tags) { Weight = weight });
        }
        return result;
    }

    /// <summary>The tagger's class of a gold type: PER, LOC (GPE, LOC, FAC), ORG, MISC; -1 for none.</summary>
    public static int ClassOf(string type) => type switch
    {
        "PER" => 0,
        "GPE" or "LOC" or "FAC" => 1,
        "ORG" => 2,
        "MISC" => 3,
        _ => -1,
    };

    /// <summary>The first mention (by start) that overlaps [start, end); -1 when none does.</summary>
    private static int Covering(NewsMention[] sorted, int start, int end)
    {
        for (int m = 0; m < sorted.Length && sorted[m].Start < end; m++)
            if (sorted[m].End > start) return m;
        return -1;
    }
}
