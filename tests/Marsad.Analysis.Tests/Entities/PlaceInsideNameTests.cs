namespace Marsad.Analysis.Tests.Entities;

/// <summary>
/// A state, city or region inside the name of a company, a stock exchange, a cup or a syndrome is a term of that name,
/// not a mention of the place (annotation guide); the same place in running text stays the place.
/// </summary>
public sealed class PlaceInsideNameTests
{
    private static List<(EntityType Type, string? Kb, List<string> Mentions)> Entities(string text)
    {
        PublicationDate.TryParse("2015-08-09", out var published);
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = published, Publisher = "sabq" });
        return doc.Layer<Entity>().Select(e => (e.Type, e.KbId, e.Mentions.Select(m => m.Slice(text)).ToList())).ToList();
    }

    private static string? KbOf(List<(EntityType Type, string? Kb, List<string> Mentions)> entities, string mention) =>
        entities.FirstOrDefault(e => e.Mentions.Contains(mention)).Kb;

    [Fact]
    public void A_place_followed_by_a_company_sector_in_li_begins_the_company_name()
    {
        var entities = Entities("وأعلنت شركة أمس أن الإمارات للاتصالات المتكاملة وقعت عقدا مع قطر للبترول.");
        Assert.Contains(entities, e => e.Type == EntityType.ORG && e.Kb is null && e.Mentions.Contains("الإمارات للاتصالات المتكاملة"));
        Assert.Contains(entities, e => e.Type == EntityType.ORG && e.Kb is null && e.Mentions.Contains("قطر للبترول"));
        Assert.DoesNotContain(entities, e => e.Mentions.Contains("الإمارات") || e.Mentions.Contains("قطر"));
    }

    [Fact]
    public void A_place_before_a_purpose_phrase_in_li_stays_the_place()
    {
        var entities = Entities("وسافر الوزير إلى الإمارات للمشاركة في المؤتمر، وأكد دعم قطر للحل السياسي.");
        Assert.NotNull(KbOf(entities, "الإمارات"));
        Assert.NotNull(KbOf(entities, "قطر"));
    }

    [Fact]
    public void A_place_after_an_exchange_cup_or_syndrome_head_is_part_of_that_name()
    {
        var entities = Entities("وتراجعت بورصة اليونان أمس، وفاز الفريق بكأس إيطاليا، وسجلت الوزارة إصابات بمتلازمة الشرق الأوسط التنفسية.");
        Assert.Contains(entities, e => e.Type == EntityType.ORG && e.Mentions.Contains("بورصة اليونان"));
        Assert.Contains(entities, e => e.Type == EntityType.MISC && e.Mentions.Contains("كأس إيطاليا"));
        Assert.Contains(entities, e => e.Type == EntityType.MISC && e.Mentions.Contains("متلازمة الشرق الأوسط التنفسية"));
        Assert.DoesNotContain(entities, e => e.Mentions.Contains("اليونان") || e.Mentions.Contains("إيطاليا") || e.Mentions.Contains("الشرق الأوسط"));
    }

    [Fact]
    public void A_place_followed_by_its_own_nationality_adjective_is_a_club()
    {
        var entities = Entities("وفاز الكويت الكويتي على ضيفه أمس، وقال الوزير إن الكويت تدعم الرياضة.");
        Assert.Contains(entities, e => e.Type == EntityType.ORG && e.Kb is null && e.Mentions.Contains("الكويت الكويتي"));
        Assert.NotNull(KbOf(entities, "الكويت"));
    }
}
