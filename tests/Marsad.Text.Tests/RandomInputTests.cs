using Marsad.Text.Clitics;

namespace Marsad.Text.Tests;

/// <summary>
/// Every analyser on random text mixing the characters that make Arabic hard: no crash, offsets in range
/// and non-decreasing, and every span's text is its source slice.
/// </summary>
public class RandomInputTests
{
    private const string Alphabet =
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ" + "\u064B\u064E\u064F\u0650\u0651\u0652\u0670\u0640" +
        "ﻻﷲﺑﻴﷺ\uFEFF" + "\u200C\u200D\u200E\u200F\u061C\u202B\u202C\u2067\u2069" + "٠١٢٣٤٥٦٧٨٩۱۲٫٬٪0123456789" +
        "ییکە" + "abcXYZé" + " \n\t  .,;:!?،؛؟«»“”„\"'()-–—…/@#%_" + "\uD83D\uDE00\uD800";

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 20).Select(s => new object[] { s });

    private static string RandomText(int seed)
    {
        var random = new Random(seed);
        var chars = new char[random.Next(0, 400)];
        for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
        return new string(chars);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Folding_maps_every_key_position_into_the_source(int seed)
    {
        string text = RandomText(seed);
        var folded = ArabicFolder.FoldWithMap(text);
        Assert.Equal(ArabicFolder.Fold(text), folded.Key);
        int previous = 0;
        for (int k = 0; k <= folded.Key.Length; k++)
        {
            int s = folded.ToSource(k);
            Assert.InRange(s, previous, text.Length);
            previous = s;
        }
        Assert.Equal(text.Length, folded.ToSource(folded.Key.Length));
        for (int k = 0; k < folded.Key.Length; k++)
        {
            var span = folded.ToSource(k, k + 1);
            Assert.True(span.End <= text.Length && span.Length > 0);
            Assert.Contains(folded.Key[k], ArabicFolder.Fold(span.SliceSpan(text)));
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Tokens_are_ordered_non_empty_and_in_range(int seed)
    {
        string text = RandomText(seed);
        var tokens = Tokenizer.Tokenize(text);
        int previous = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previous && token.Span.Length > 0 && token.End <= text.Length, $"{token} after {previous}");
            Assert.Equal(text.Substring(token.Start, token.Span.Length), token.Span.Slice(text));
            previous = token.End;
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Sentences_are_ordered_and_cover_every_token(int seed)
    {
        string text = RandomText(seed);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        int previous = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.Start >= previous && sentence.Length > 0 && sentence.End <= text.Length);
            previous = sentence.End;
        }
        Assert.All(tokens, t => Assert.Single(sentences, s => s.Contains(t.Span)));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Clitic_stems_lie_inside_their_word(int seed)
    {
        string text = RandomText(seed);
        foreach (var token in Tokenizer.Tokenize(text))
        {
            var analyses = CliticSegmenter.Segment(text, token.Span);
            Assert.True(analyses[0].IsWhole);
            Assert.All(analyses, a => Assert.True(token.Span.Contains(a.Stem) && a.Stem.Length > 0 && a.Word == token.Span));
            Assert.NotNull(LightStemmer.Stem(token.Span.SliceSpan(text)));
        }
    }
}
