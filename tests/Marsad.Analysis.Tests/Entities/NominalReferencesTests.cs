using static Marsad.Analysis.Tests.Entities.ReferenceArticles;

namespace Marsad.Analysis.Tests.Entities;

/// <summary>
/// Later mentions by description: a bare office title is the one person of the article holding it, a role phrase
/// written again is the person it introduced, a group noun with a relative adjective is the group, plural officials
/// with a nationality adjective are the state, and a title after لل reads like one without it.
/// </summary>
public sealed class NominalReferencesTests
{
    private static bool Named(Entity e, string text, string name) => e.Mentions.Any(m => m.Slice(text) == name);

    [Fact]
    public void A_bare_office_title_is_the_one_person_of_the_article_who_holds_it()
    {
        var (doc, text) = Analyze("وصل جون كيري إلى هافانا أمس. وقال مسؤول إن وزير الخارجية يريد أن يكون حاضرا.");
        Assert.Contains("وزير الخارجية", ReferencesOf(doc, text, e => Named(e, text, "جون كيري")));
    }

    [Fact]
    public void A_bare_office_title_is_nobody_when_two_people_of_the_article_hold_it()
    {
        var (doc, text) = Analyze("التقى جون كيري مع محمد جواد ظريف في فيينا. وقال وزير الخارجية إن المحادثات مثمرة.");
        Assert.Contains(doc.Layer<Entity>(), e => Named(e, text, "جون كيري"));
        Assert.Contains(doc.Layer<Entity>(), e => Named(e, text, "محمد جواد ظريف"));
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.Type == EntityType.PER && e.References.Any(r => r.Slice(text) == "وزير الخارجية"));
    }

    [Fact]
    public void A_king_is_no_president_and_a_president_no_king()
    {
        var (doc, text) = Analyze("وقال باراك أوباما إن الاتفاق تاريخي. وكان الملك قد أسس الدولة قبل قرون. وقال الرئيس إن الاتفاق جيد.");
        Assert.Contains("الرئيس", ReferencesOf(doc, text, e => Named(e, text, "باراك أوباما")));
        Assert.DoesNotContain("الملك", ReferencesOf(doc, text, e => Named(e, text, "باراك أوباما")));
    }

    [Fact]
    public void A_role_phrase_written_again_is_the_person_it_introduced()
    {
        var (doc, text) = Analyze("وقال سفير خادم الحرمين الشريفين في القاهرة أحمد قطان إن العلاقات متينة. "
            + "وأكد سفير خادم الحرمين الشريفين أن المملكة لم تسع إلى الحرب.");
        int second = text.LastIndexOf("سفير خادم الحرمين الشريفين", StringComparison.Ordinal);
        var qattan = doc.Layer<Entity>().Single(e => Named(e, text, "أحمد قطان"));
        Assert.Contains(qattan.References, r => r.Start == second && r.Slice(text).StartsWith("سفير خادم الحرمين", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_noun_in_construct_before_a_title_heads_the_role_phrase()
    {
        // «نائب خادم الحرمين الشريفين» is the deputy, not the king
        var (doc, text) = Analyze("واستقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف الأمراء في قصر السلام.");
        var deputy = ReferencesOf(doc, text, e => e.Type == EntityType.PER && e.Mentions.Any(m => m.Slice(text).StartsWith("محمد بن نايف", StringComparison.Ordinal)));
        Assert.Contains(deputy, r => r.StartsWith("نائب خادم الحرمين الشريفين", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_noun_with_a_relative_adjective_of_a_group_is_that_group()
    {
        var (doc, text) = Analyze("وقصفت الميليشيات الحوثية أحياء عدن بالمدفعية أمس.");
        Assert.Contains("الميليشيات الحوثية", ReferencesOf(doc, text, e => e.KbId == "org:houthis"));
    }

    [Fact]
    public void A_team_noun_with_a_nationality_adjective_is_the_one_club_of_that_country_named()
    {
        var (doc, text) = Analyze("فاز برشلونة على مانشستر سيتي في مباراة ودية. وتصدى حارس الفريق الإنجليزي لركلة جزاء سددها ميسي.");
        Assert.Contains("الفريق الإنجليزي", ReferencesOf(doc, text, e => e.KbId == "club:manchester-city"));
        Assert.DoesNotContain("الفريق الإنجليزي", ReferencesOf(doc, text, e => e.KbId == "club:barcelona-fc"));
    }

    [Fact]
    public void A_martyr_introduced_by_his_role_is_the_martyr_of_later_sentences()
    {
        var (doc, text) = Analyze("وأقلت الطائرة جثمان شهيد الواجب العريف أحمد جعفر المجايشي من قاعدة عسير، بمرافقة عدد من أقارب الشهيد.");
        Assert.Contains("الشهيد", ReferencesOf(doc, text, e => e.Type == EntityType.PER && e.Mentions.Any(m => m.Slice(text).Contains("المجايشي", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_kingdom_after_lil_is_the_kingdom()
    {
        var (doc, text) = Analyze("ونفى المندوب الدائم للمملكة لدى الجامعة العربية زيارة أي مسؤول لدمشق.");
        Assert.Contains(ReferencesOf(doc, text, e => e.KbId == "SA"), r => r == "مملكة");
    }

    [Fact]
    public void Officials_with_a_nationality_adjective_are_the_state_the_article_names()
    {
        var (doc, text) = Analyze("وتحدثت إيران عن الاتفاق. وقال المسؤولين الإيرانيين إن العقوبات سترفع.");
        Assert.Contains(ReferencesOf(doc, text, e => e.KbId == "IR"), r => r.StartsWith("المسؤولين", StringComparison.Ordinal));
    }
}
