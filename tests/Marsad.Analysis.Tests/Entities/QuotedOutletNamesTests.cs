using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Tests.Entities;

/// <summary>Outlets no list knows, named in quotation marks after their kind noun, and the quotes they carry.</summary>
public class QuotedOutletNamesTests
{
    private static Document Analyze(string text) => MarsadPipeline.Default.Analyze(text, new ArticleMetadata());

    private static string[] Organisations(Document doc) =>
        [.. doc.Layer<Mention>().Where(m => m.Type == EntityType.ORG).Select(m => doc.Text.Substring(m.Span.Start, m.Span.Length))];

    [Fact]
    public void AQuotedNameAfterAMagazineIsAnOrganisationAndTheSpeakerOfWhatItReports()
    {
        var doc = Analyze("وذكرت مجلة “ستاربيزنس” البريطانية أن الشركة حققت أرباحا قياسية هذا العام.");
        Assert.Contains("ستاربيزنس", Organisations(doc));
        var quote = Assert.Single(doc.Layer<Quote>());
        var speaker = doc.Layer<Entity>().Single(e => e.Id == quote.SpeakerId);
        Assert.Equal("ستاربيزنس", speaker.Name);
    }

    [Fact]
    public void AQuotedCommonWordAfterANewspaperIsTheNewspaper()
    {
        var doc = Analyze("ونشرت صحيفة \"الغروب\" اللبنانية تحقيقا عن الحادثة.");
        Assert.Contains("الغروب", Organisations(doc));
    }

    [Fact]
    public void AQuotedPhraseWithoutAKindNounIsNoOrganisation()
    {
        var doc = Analyze("ووصف الوزير القرار بأنه \"الغروب\" الأخير للأزمة.");
        Assert.DoesNotContain("الغروب", Organisations(doc));
    }
}
