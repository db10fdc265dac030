namespace Marsad.Text.Tests;

public class TokenizerTests
{
    private static string[] Surface(string text) => Tokenizer.Tokenize(text).Select(t => t.Span.Slice(text)).ToArray();

    private static (string, TokenKind)[] Kinds(string text) => Tokenizer.Tokenize(text).Select(t => (t.Span.Slice(text), t.Kind)).ToArray();

    [Fact] public void Arabic_words() => Assert.Equal([("قال", TokenKind.ArabicWord), ("الرئيس", TokenKind.ArabicWord)], Kinds("قال الرئيس"));

    [Fact] public void Arabic_word_keeps_its_diacritics_and_tatweel() => Assert.Equal(["مُحَمَّدٌ", "الـرياض"], Surface("مُحَمَّدٌ الـرياض"));

    [Fact] public void Latin_words() => Assert.Equal([("Reuters", TokenKind.LatinWord), ("don't", TokenKind.LatinWord)], Kinds("Reuters don't"));

    [Fact] public void Numbers() => Assert.Equal([("2015", TokenKind.Number), ("٢٠١٥", TokenKind.Number), ("۱۳۹۴", TokenKind.Number)], Kinds("2015 ٢٠١٥ ۱۳۹۴"));

    [Fact]
    public void Numbers_keep_their_separators() => Assert.Equal(["26،013.94", "1,500", "٣٫٥", "١٬٠٠٠"], Surface("26،013.94 1,500 ٣٫٥ ١٬٠٠٠"));

    [Fact] public void Arabic_comma_between_listed_years_is_punctuation() => Assert.Equal(["1992", "،", "1994"], Surface("1992،1994"));

    [Fact] public void Arabic_comma_after_a_number_is_punctuation() => Assert.Equal(["1992", "،", "1994"], Surface("1992، 1994"));

    [Fact] public void Full_stop_after_a_number_ends_it() => Assert.Equal(["عام", "2015", "."], Surface("عام 2015."));

    [Fact] public void Percent_is_its_own_token() => Assert.Equal(["50", "%", "٣٠", "٪"], Surface("50% ٣٠٪"));

    [Fact]
    public void Arabic_punctuation()
    {
        Assert.Equal(
            ["قال", "،", "ثم", "؛", "لماذا", "؟", "«", "نعم", "»", "“", "لا", "”", "„", "ربما", "“"],
            Surface("قال، ثم؛ لماذا؟ «نعم» “لا” „ربما“"));
        Assert.All(Kinds("، ؛ ؟ « » “ ” „"), t => Assert.Equal(TokenKind.Punctuation, t.Item2));
    }

    [Fact] public void Ascii_punctuation() => Assert.All(Kinds(". , ; : ! ? ( ) [ ] \" ' -"), t => Assert.Equal(TokenKind.Punctuation, t.Item2));

    [Fact] public void Ellipsis_and_dot_runs_are_one_token() => Assert.Equal(["انتظر", "...", "ثم", "…"], Surface("انتظر... ثم…"));

    [Fact] public void Missing_space_after_full_stop_still_splits() => Assert.Equal(["واسع", ".", "ولكن"], Surface("واسع.ولكن"));

    [Fact] public void Missing_space_after_arabic_comma_still_splits() => Assert.Equal(["الرياض", "،", "جدة"], Surface("الرياض،جدة"));

    [Fact]
    public void Article_glued_to_digits_or_latin_is_its_own_token()
    {
        Assert.Equal(["الـ", "6"], Surface("الـ6"));
        Assert.Equal(["الـ", "CIA"], Surface("الـCIA"));
    }

    [Fact]
    public void Urls()
    {
        Assert.Equal([("http://aawsat.com/home/article/410826/بريطانيا-أربعة", TokenKind.Url), (".", TokenKind.Punctuation)],
            Kinds("http://aawsat.com/home/article/410826/بريطانيا-أربعة."));
        Assert.Equal([("www.spa.gov.sa", TokenKind.Url)], Kinds("www.spa.gov.sa"));
    }

    [Fact] public void Emails() => Assert.Equal([("info.desk@spa.gov.sa", TokenKind.Email), (".", TokenKind.Punctuation)], Kinds("info.desk@spa.gov.sa."));

    [Fact] public void Hashtags() => Assert.Equal([("#السعودية", TokenKind.Hashtag), ("#Yemen_2015", TokenKind.Hashtag)], Kinds("#السعودية #Yemen_2015"));

    [Fact] public void Mentions() => Assert.Equal([("@AlArabiya_Brk", TokenKind.Mention)], Kinds("@AlArabiya_Brk"));

    [Fact]
    public void Symbols()
    {
        Assert.Equal([("$", TokenKind.Symbol), ("100", TokenKind.Number), ("+", TokenKind.Symbol), ("😀", TokenKind.Symbol)], Kinds("$100 + 😀"));
    }

    [Fact] public void A_lone_surrogate_is_one_symbol() => Assert.Equal([("\uD83D", TokenKind.Symbol), ("ا", TokenKind.ArabicWord)], Kinds("\uD83Dا"));

    [Fact] public void Zero_width_non_joiner_inside_a_word_keeps_it_whole() => Assert.Equal(["می\u200Cخواهم"], Surface("می\u200Cخواهم"));

    [Fact] public void Bidi_mark_inside_a_word_keeps_it_whole() => Assert.Equal(["الرئي\u200Fس"], Surface("الرئي\u200Fس"));

    [Fact] public void Bidi_marks_between_words_are_skipped() => Assert.Equal(["غزة", "اليوم"], Surface("\u200Fغزة\u200F \u202Bاليوم\u202C"));

    [Fact] public void Presentation_forms_are_arabic_words() => Assert.Equal([("ﻻجئين", TokenKind.ArabicWord)], Kinds("ﻻجئين"));

    [Fact]
    public void A_range_gives_spans_in_the_whole_text()
    {
        const string text = "قال الرئيس اليوم";
        var tokens = Tokenizer.Tokenize(text, 4, 10);
        Assert.Equal([new TextSpan(4, 6)], tokens.Select(t => t.Span));
    }

    [Fact] public void Empty_text_has_no_tokens() => Assert.Empty(Tokenizer.Tokenize(" \n\u200F "));
}
