using Marsad.Text.Clitics;

namespace Marsad.Text.Tests.Clitics;

public class ProcliticReaderTests
{
    private static string[] Stems(string word, int minStem = 2)
    {
        var key = ArabicFolder.Fold(word);
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(key, readings, minStem);
        var result = new string[n];
        for (int i = 0; i < n; i++) result[i] = key[readings[i].Start..];
        return result;
    }

    private static string[] Names(string word)
    {
        var key = ArabicFolder.Fold(word);
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        Span<char> name = stackalloc char[key.Length + 1];
        int n = ProcliticReader.NameReadings(key, readings);
        var result = new string[n];
        for (int i = 0; i < n; i++) result[i] = new string(name[..ProcliticReader.WriteName(key, readings[i], name)]);
        return result;
    }

    [Fact]
    public void The_whole_word_comes_first_then_the_readings_that_strip_fewer_letters()
    {
        Assert.Equal(["وبالقاهره", "بالقاهره", "القاهره", "قاهره"], Stems("وبالقاهرة"));
        Assert.Equal(["كبيرا", "بيرا"], Stems("كبيرا"));
        Assert.Equal(["بليون", "ليون"], Stems("بليون"));
    }

    [Fact]
    public void Lam_before_the_article_is_written_once_and_both_readings_are_offered()
    {
        Assert.Equal(["لليمن", "ليمن", "يمن"], Stems("لليمن"));
        Assert.Equal(["للسعوديه", "لسعوديه", "سعوديه"], Stems("للسعودية"));
        Assert.Equal(["لليمن", "ليمن", "اليمن"], Names("لليمن"));
        Assert.Equal(["للكونجرس", "لكونجرس", "الكونجرس"], Names("للكونجرس"));
        // ل + لبنان (no article), and no ل + ال + بنان: لبنان is a protected word.
        Assert.Equal(["للبنان", "لبنان"], Names("للبنان"));
        Assert.Equal(["والقاهره", "القاهره"], Names("والقاهرة"));
    }

    [Fact]
    public void Protected_words_are_not_cut_and_the_future_marker_needs_an_imperfect_verb()
    {
        Assert.Equal(["فلسطين"], Stems("فلسطين"));
        Assert.Equal(["وفلسطين", "فلسطين"], Stems("وفلسطين"));
        Assert.Equal(["سيتم", "يتم"], Stems("سيتم"));
        Assert.Equal(["سلام"], Stems("سلام")); // س is no future marker before ل
    }

    [Fact]
    public void A_stripped_reading_keeps_the_minimum_stem()
    {
        Assert.Equal(["وله"], Stems("وله", minStem: 3));
        Assert.Equal(["ولده", "لده"], Stems("ولده", minStem: 3));
    }
}
