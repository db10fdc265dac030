using Marsad.Text.Clitics;

namespace Marsad.Text.Tests.Clitics;

public class CliticSegmenterTests
{
    /// <summary>Each alternative as «proclitics|stem|enclitic» surface text.</summary>
    private static string[] Readings(string word, string before = "")
    {
        string text = before + word;
        var analyses = CliticSegmenter.Segment(text, new TextSpan(before.Length, word.Length));
        return analyses.Select(a => $"{a.ProcliticSpan.Slice(text)}|{a.Stem.Slice(text)}|{a.EncliticSpan.Slice(text)}").ToArray();
    }

    [Fact]
    public void The_whole_word_is_always_the_first_alternative()
    {
        foreach (var word in new[] { "وبالأمس", "كتابهم", "للاجتماع", "فلسطين", "قال" })
            Assert.Equal($"|{word}|", Readings(word)[0]);
    }

    [Fact]
    public void Conjunction_preposition_and_article_stack() =>
        Assert.Contains("وبال|أمس|", Readings("وبالأمس"));

    [Fact]
    public void Li_with_the_article_is_written_lam_lam() =>
        Assert.Contains("لل|اجتماع|", Readings("للاجتماع"));

    [Fact]
    public void Li_with_the_article_reports_both_clitics()
    {
        var analyses = CliticSegmenter.Segment("للاجتماع", new TextSpan(0, 8));
        Assert.Contains(analyses, a => a.Proclitics == (Proclitics.Li | Proclitics.Al) && a.Stem == new TextSpan(2, 6));
    }

    [Fact]
    public void Conjunction_on_a_country_name() => Assert.Equal(["|وأذربيجان|", "و|أذربيجان|"], Readings("وأذربيجان"));

    [Fact]
    public void Preposition_on_a_country_name() => Assert.Contains("ل|روسيا|", Readings("لروسيا"));

    [Fact]
    public void Possessive_pronoun_is_split_off() => Assert.Contains("|كتاب|هم", Readings("كتابهم"));

    [Fact]
    public void A_protected_stem_blocks_splits_inside_it() =>
        Assert.DoesNotContain(Readings("كتابهم"), r => r.StartsWith("ك|", StringComparison.Ordinal));

    [Theory]
    [InlineData("فلسطين")]
    [InlineData("وليد")]
    [InlineData("بوتين")]
    [InlineData("باكو")]
    [InlineData("فرنسا")]
    [InlineData("كاراباخ")]
    [InlineData("بيروت")]
    [InlineData("لبنان")]
    [InlineData("بغداد")]
    [InlineData("واشنطن")]
    [InlineData("كابول")]
    [InlineData("ليبيا")]
    [InlineData("فيينا")]
    [InlineData("بكين")]
    [InlineData("كانت")]
    public void Names_that_look_segmentable_stay_whole(string word) => Assert.Equal([$"|{word}|"], Readings(word));

    [Fact]
    public void Protected_names_stay_whole_in_any_spelling() => Assert.Equal(["|فلسطيـن|"], Readings("فلسطيـن"));

    [Fact]
    public void A_protected_name_after_a_clitic_is_not_cut_further() =>
        Assert.Equal(["|وفلسطين|", "و|فلسطين|"], Readings("وفلسطين"));

    [Fact]
    public void Protected_name_with_preposition_and_conjunction() =>
        Assert.Equal(["|وبيروت|", "و|بيروت|"], Readings("وبيروت"));

    [Fact]
    public void Future_marker_only_before_an_imperfect_verb()
    {
        Assert.Contains("وس|يتم|", Readings("وسيتم"));
        Assert.DoesNotContain(Readings("سلطة"), r => r.StartsWith("س|", StringComparison.Ordinal));
    }

    [Fact]
    public void Hamza_alef_is_not_the_article() =>
        Assert.DoesNotContain(Readings("ألمانيا"), r => r.StartsWith("أل|", StringComparison.Ordinal));

    [Fact]
    public void The_article_takes_no_pronoun() =>
        Assert.DoesNotContain(Readings("الكتابهم"), r => r.StartsWith("ال|", StringComparison.Ordinal) && !r.EndsWith('|'));

    [Fact]
    public void A_stem_starting_with_the_article_takes_no_pronoun() => Assert.Equal(["|الدولي|", "ال|دولي|"], Readings("الدولي"));

    [Fact]
    public void A_stem_keeps_two_letters()
    {
        Assert.Equal(["|لك|"], Readings("لك"));
        Assert.DoesNotContain("و|ل|ه", Readings("وله"));
    }

    [Fact]
    public void Diacritics_stay_with_their_letter()
    {
        // وَبِالأَمْسِ: the kasra of ب belongs to the proclitic, the harakat of the stem to the stem.
        Assert.Contains("وَبِال|أَمْسِ|", Readings("وَبِالأَمْسِ"));
    }

    [Fact]
    public void Tatweel_after_the_article_stays_with_the_proclitic() => Assert.Contains("والـ|حكومة|", Readings("والـحكومة"));

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        const string before = "قال إنه ";
        Assert.Contains("و|بال|أمس|".Replace("و|بال", "وبال", StringComparison.Ordinal), Readings("وبالأمس", before));
        var analyses = CliticSegmenter.Segment(before + "وبالأمس", new TextSpan(before.Length, 7));
        Assert.All(analyses, a => Assert.Equal(new TextSpan(before.Length, 7), a.Word));
        Assert.Contains(analyses, a => a.Stem == new TextSpan(before.Length + 4, 3));
    }

    [Fact]
    public void Proclitic_readings_come_before_pronoun_readings() =>
        Assert.Equal(["|وحكومتهم|", "و|حكومتهم|", "|وحكومت|هم", "و|حكومت|هم"], Readings("وحكومتهم"));

    [Fact]
    public void Demonstratives_are_not_a_stem_and_a_pronoun() => Assert.Equal(["|هذه|"], Readings("هذه"));

    [Fact]
    public void Pronoun_on_a_feminine_noun_keeps_the_teh() => Assert.Contains("|حكومت|ه", Readings("حكومته"));

    [Fact]
    public void Words_with_digits_or_latin_have_only_themselves() => Assert.Equal(["|الـCIA|"], Readings("الـCIA"));

    [Fact]
    public void Allocation_free_api_fills_a_caller_buffer()
    {
        Span<CliticAnalysis> buffer = stackalloc CliticAnalysis[CliticSegmenter.MaxAnalyses];
        int n = CliticSegmenter.Segment("فللمرة".AsSpan(), 100, buffer);
        Assert.True(n >= 2);
        Assert.True(buffer[0].IsWhole);
        bool found = false;
        for (int i = 0; i < n; i++)
            found |= buffer[i].Proclitics == (Proclitics.Fa | Proclitics.Li | Proclitics.Al) && buffer[i].Stem == new TextSpan(103, 3);
        Assert.True(found);
    }
}
