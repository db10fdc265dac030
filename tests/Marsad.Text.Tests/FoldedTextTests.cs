namespace Marsad.Text.Tests;

/// <summary>A span found in the key maps back to the exact original span.</summary>
public class FoldedTextTests
{
    private static string Find(string text, string keyword)
    {
        var folded = ArabicFolder.FoldWithMap(text);
        int k = folded.Key.IndexOf(ArabicFolder.Fold(keyword), StringComparison.Ordinal);
        Assert.True(k >= 0, $"«{keyword}» not in key «{folded.Key}»");
        return folded.ToSource(k, k + ArabicFolder.Fold(keyword).Length).Slice(text);
    }

    [Fact] public void Plain_text_maps_one_to_one() => Assert.Equal("الرياض", Find("وصل إلى الرياض أمس", "الرياض"));

    [Fact] public void Dropped_diacritics_inside_and_after_the_word_are_covered() => Assert.Equal("مُحَمَّدٌ", Find("قال مُحَمَّدٌ إنه", "محمد"));

    [Fact] public void Diacritics_before_the_match_are_not_included() => Assert.Equal("حَمَّد", Find("مُحَمَّد", "حمد"));

    [Fact] public void Ligature_expansion_maps_back_to_the_ligature() => Assert.Equal("ﻻجئين", Find("عن ﻻجئين سوريين", "لاجئين"));

    [Fact]
    public void A_match_starting_inside_a_ligature_covers_the_whole_ligature()
    {
        const string text = "ﻻجئ";
        var folded = ArabicFolder.FoldWithMap(text);
        Assert.Equal("لاجي", folded.Key);
        Assert.Equal(new TextSpan(0, 3), folded.ToSource(1, 4)); // «اجي» starts in ﻻ
    }

    [Fact] public void Text_after_a_ligature_keeps_its_offsets() => Assert.Equal("بيروت", Find("ﷲ في بيروت", "بيروت"));

    [Fact] public void Tatweel_and_format_marks_inside_a_word_are_covered() => Assert.Equal("الـرئي\u200Cس", Find("قال الـرئي\u200Cس إن", "الرئيس"));

    [Fact] public void Elongated_letters_are_covered() => Assert.Equal("وجيييه", Find("كلام وجيييه جدا", "وجيه"));

    [Fact] public void Elongation_at_the_end_of_a_match_is_covered() => Assert.Equal("جداااا", Find("كلام جداااا", "جدا"));

    [Fact] public void A_trailing_format_mark_is_not_part_of_the_word() => Assert.Equal("غزة", Find("في غزة\u200F اليوم", "غزة"));

    [Fact]
    public void Folding_a_slice_gives_offsets_in_the_whole_text()
    {
        const string text = "الأول: مُحَمَّد والثاني: عَلِيّ";
        int start = text.IndexOf("عَلِيّ", StringComparison.Ordinal);
        var folded = ArabicFolder.FoldWithMap(text, start, text.Length - start);
        Assert.Equal("علي", folded.Key);
        Assert.Equal(new TextSpan(start, text.Length - start), folded.ToSource(0, 3));
        Assert.Equal(text.Length, folded.ToSource(3));
    }

    [Fact]
    public void A_token_span_maps_to_its_key_range()
    {
        const string text = "قال مُحَمَّدٌ إنه";
        var folded = ArabicFolder.FoldWithMap(text);
        var (s, e) = folded.ToKey(new TextSpan(4, 9));
        Assert.Equal("محمد", folded.Key[s..e]);
    }

    [Fact]
    public void The_end_of_the_key_maps_to_the_end_of_the_source()
    {
        var folded = ArabicFolder.FoldWithMap("عَلِيٌّ");
        Assert.Equal(7, folded.ToSource(folded.Key.Length));
        Assert.Equal(new TextSpan(0, 7), folded.ToSource(0, folded.Key.Length));
    }

    [Fact]
    public void Key_positions_outside_the_key_are_refused()
    {
        var folded = ArabicFolder.FoldWithMap("غزة");
        Assert.Throws<ArgumentOutOfRangeException>(() => folded.ToSource(4));
    }
}
