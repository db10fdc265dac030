namespace Marsad.Analysis.Tests.Entities;

/// <summary>Names read from their structure: constructs, datelines, nicknames, chains and the organs of bodies.</summary>
public class NameStructureTests
{
    private static Document Analyze(string text, string published = "2015-08-01")
    {
        PublicationDate.TryParse(published, out var d);
        return MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = d });
    }

    private static string[] MentionTexts(Document doc) =>
        [.. doc.Layer<Mention>().Select(m => doc.Text.Substring(m.Span.Start, m.Span.Length))];

    [Fact]
    public void ACountrySpelledLikeItsAdjectiveAfterAnIndefiniteNounIsTheCountry()
    {
        // «علاقة السعودية» is a construct (the article does not agree with the indefinite noun); «القوات السعودية» an adjective
        var doc = Analyze("تحدث الكاتب عن تطور علاقة السعودية مع جيرانها، وعن انتشار القوات السعودية على الحدود.");
        var mentions = doc.Layer<Mention>().Where(m => m.KbId == "SA").Select(m => doc.Text.Substring(m.Span.Start, m.Span.Length)).ToList();
        Assert.Equal(["السعودية"], mentions);
        Assert.True(doc.Layer<Mention>().Single(m => m.KbId == "SA").Span.Start < doc.Text.IndexOf("مع جيرانها", StringComparison.Ordinal));
    }

    [Fact]
    public void AFamilyNameThatIsAlsoAWordStaysInANameTheTaggerIsSureOf()
    {
        // الحربي is also "military", a word the tagger learned as common; inside this name it is the family name
        var doc = Analyze("وتحدث رئيس النادي الطلابي بمدينة مانشستر الإنجليزية خالد الحربي بقوله إن الجميع سعداء.");
        Assert.Contains(doc.Layer<Mention>(), m => doc.Text.Substring(m.Span.Start, m.Span.Length) == "خالد الحربي" && m.Type == EntityType.PER);
    }

    [Fact]
    public void TheDatelinePlaceOfACreditLineIsAMention()
    {
        var doc = Analyze("سبق- الرياض: أعلنت الشركة اليوم نتائجها المالية للربع الثاني من العام.");
        Assert.Contains(doc.Layer<Mention>(), m => doc.Text.Substring(m.Span.Start, m.Span.Length) == "الرياض" && m.Type == EntityType.GPE);
    }

    [Fact]
    public void AQuotedNicknameAfterAPersonsNameIsThatPersonEverywhere()
    {
        var doc = Analyze("يسعى النادي إلى التعاقد مع اللاعب محمود عبد الرازق «شيكابالا» قبل بداية الموسم. "
                          + "وأكد المدرب أن شيكابالا سيعود قريبا، وأن الإدارة تتفاوض بشأن عقد «شيكابالا» مع ناديه.");
        var person = doc.Layer<Entity>().Single(e => e.Mentions.Any(m => doc.Text.Substring(m.Start, m.Length) == "محمود عبد الرازق"));
        Assert.Equal(3, person.Mentions.Count(m => doc.Text.Substring(m.Start, m.Length) == "شيكابالا"));
    }

    [Fact]
    public void AQuotedAdjectiveAfterANameIsNoNickname()
    {
        var doc = Analyze("انتقد الكاتب خطاب علي خامنئي «العدواني» تجاه دول الجوار، ورأى أن الخطاب العدواني لا يخدم أحدا.");
        Assert.DoesNotContain(doc.Layer<Mention>(), m => doc.Text.Substring(m.Span.Start, m.Span.Length) == "العدواني");
    }

    [Fact]
    public void AnOrganisationKeepsTheTownOfItsBranchAndAFacilityDoesNot()
    {
        var doc = Analyze("أعلنت المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة افتتاح قسم جديد في مستشفى الملك فيصل بالطائف.");
        var mentions = MentionTexts(doc);
        Assert.Contains("المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة", mentions);
        Assert.Contains("مستشفى الملك فيصل", mentions);
        Assert.Contains("الطائف", mentions);
    }

    [Fact]
    public void AHeadBeforeAnotherBodysHeadIsThatBodysOrgan()
    {
        var doc = Analyze("قررت إدارة نادي الزمالك تمديد عقد المدرب، فيما أكدت قوات التحالف العربي تقدمها.");
        var mentions = MentionTexts(doc);
        Assert.Contains("نادي الزمالك", mentions);
        Assert.DoesNotContain("إدارة نادي الزمالك", mentions);
        Assert.DoesNotContain("قوات التحالف العربي", mentions);
    }

    [Fact]
    public void AGivenNameAfterAFamilyNameWithAlBeginsTheNextPhraseButANisbaContinues()
    {
        var doc = Analyze("وسلم حمد آل طالع عبدالله الجوائز للفائزين. وقال أحمد فايع أحمد آل طالع العسيري إن الحفل نجح.");
        var mentions = MentionTexts(doc);
        Assert.Contains("حمد آل طالع", mentions);
        Assert.DoesNotContain("حمد آل طالع عبدالله", mentions);
        Assert.Contains("أحمد فايع أحمد آل طالع العسيري", mentions);
    }

    [Fact]
    public void ACommonWordBehindACliticEndsAPersonsName()
    {
        var doc = Analyze("وزعت الجمعية الهدايا على الأطفال، وقالت المشرفة رقية ليتم توزيعها على الجميع بالتساوي.");
        Assert.DoesNotContain(MentionTexts(doc), m => m.Contains("ليتم", StringComparison.Ordinal));
    }
}
