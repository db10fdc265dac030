using System.IO.Compression;
using System.Text.Json;
using Marsad.Tests;

namespace Marsad.Text.Tests;

/// <summary>
/// The sentence splitter on real paragraphs of one SaudiNewsNet day, read at test time from the public data.
/// Each case names the article (its URL's number), the paragraph, and how every expected sentence ends,
/// so the boundaries are asserted exactly without copying the articles into the repository.
/// </summary>
public class NewsSentencesTests
{
    private static readonly Lazy<Dictionary<string, string>> Articles = new(Load);

    private static Dictionary<string, string> Load()
    {
        var zip = SharedData.Require("data", "news", "saudinewsnet", "dataset", "2015-07-21.zip");
        using var archive = ZipFile.OpenRead(zip);
        using var stream = archive.Entries[0].Open();
        using var json = JsonDocument.Parse(stream);
        var articles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in json.RootElement.EnumerateArray())
            articles.TryAdd(record.GetProperty("url").GetString()!, record.GetProperty("content").GetString()!);
        return articles;
    }

    private static string Paragraph(string articleNumber, int index)
    {
        var content = Articles.Value.First(a => a.Key.Contains($"/{articleNumber}/", StringComparison.Ordinal)).Value;
        return content.Split('\n')[index];
    }

    private static void Splits(string articleNumber, int paragraph, params string[] endings)
    {
        var text = Paragraph(articleNumber, paragraph);
        var sentences = SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToArray();
        Assert.Equal(endings.Length, sentences.Length);
        for (int i = 0; i < endings.Length; i++)
            Assert.True(sentences[i].EndsWith(endings[i], StringComparison.Ordinal), $"sentence {i} «{sentences[i]}» should end «{endings[i]}»");
    }

    [SkippableFact]
    public void A_guillemet_quotation_runs_past_its_full_stop() => Splits("409696", 2, "بينهم ضباط صف».");

    [SkippableFact]
    public void A_quotation_ending_with_a_question_mark_and_a_full_stop() => Splits("409191", 2, "ماذا سيحدث اسمك؟».");

    [SkippableFact]
    public void A_sentence_then_a_quoted_statement() => Splits("411201", 4, "قرار مجلس الأمن.", "لن نقبله أبدا».");

    [SkippableFact]
    public void A_decimal_number_does_not_split() => Splits("411251", 3, "26.5 مليون شخص في المتوسط سنويا.", "على المدى الطويل.", "مثل تلك المخاطر».");

    [SkippableFact]
    public void A_full_stop_after_an_ascii_quotation() => Splits("410786", 8, "أطفال فلسطينيين\".", "لستة اطفال.");

    [SkippableFact]
    public void Doctor_abbreviations_do_not_split() => Splits("620190", 1, "وفهد السميح.");

    [SkippableFact]
    public void Questions_in_an_interview() => Splits("411216", 13, "في سوريا..", "في دمشق؟", "وتأثيراتها؟");

    [SkippableFact]
    public void A_hijri_date_ends_the_sentence() => Splits("352046", 24, "1432هـ.");

    [SkippableFact]
    public void An_acronym_and_a_long_ascii_quotation() => Splits("410046", 6, "الى سوريا والعراق.");
}
