using Marsad.Corpus.Store;
using Marsad.Evaluation.Stories;

namespace Marsad.Evaluation.Tests.Stories;

/// <summary>A judged report is found among the reports the event step gives now only when it still tells the same occurrence.</summary>
public sealed class ReportAlignmentTests
{
    private const string Text = "استقبل ولي العهد وزير الخارجية في الرياض اليوم. وبحث الجانبان العلاقات بين البلدين.";
    private static readonly int Received = Text.IndexOf("استقبل", StringComparison.Ordinal);
    private static readonly int Discussed = Text.IndexOf("بحث", StringComparison.Ordinal);
    private static readonly int Minister = Text.IndexOf("وزير", StringComparison.Ordinal);

    private static FactEvent Event(string type, int start, string trigger) =>
        new(type, null, [], [], null, "2015-08-02", trigger, Sentence(start), start);

    private static string Sentence(int at)
    {
        int end = Text.IndexOf('.', at) + 1;
        int start = Text.LastIndexOf('.', at) + 1;
        return Text[start..end].Trim();
    }

    [Fact]
    public void The_same_trigger_is_the_same_report_whatever_its_type_now()
    {
        var m = ReportAlignment.Find(Text, [Event("CONSULT", Discussed, "بحث"), Event("MEET", Received, "استقبل")], Received, "CONSULT");
        Assert.Equal((1, false), (m.Index, m.Exact));
        m = ReportAlignment.Find(Text, [Event("CONSULT", Received, "استقبل")], Received, "CONSULT");
        Assert.Equal((0, true), (m.Index, m.Exact));
    }

    [Fact]
    public void A_moved_trigger_of_the_same_type_in_the_same_sentence_is_the_report()
    {
        var m = ReportAlignment.Find(Text, [Event("CONSULT", Discussed, "بحث"), Event("CONSULT", Minister, "وزير")], Received, "CONSULT");
        Assert.Equal(1, m.Index);
        Assert.False(m.Exact);
    }

    [Fact]
    public void Another_sentence_or_another_type_at_another_word_is_not_produced()
    {
        var m = ReportAlignment.Find(Text, [Event("CONSULT", Discussed, "بحث")], Received, "CONSULT");
        Assert.Equal(-1, m.Index);
        Assert.Contains("other sentences", m.Why, StringComparison.Ordinal);
        m = ReportAlignment.Find(Text, [Event("PROTEST", Minister, "وزير")], Received, "CONSULT");
        Assert.Equal(-1, m.Index);
        Assert.Contains("another type", m.Why, StringComparison.Ordinal);
        Assert.Equal("no report in the article", ReportAlignment.Find(Text, [], Received, "CONSULT").Why);
    }
}
