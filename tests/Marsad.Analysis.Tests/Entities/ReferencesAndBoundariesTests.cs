using static Marsad.Analysis.Tests.Entities.ReferenceArticles;

namespace Marsad.Analysis.Tests.Entities;

/// <summary>
/// References a reader resolves without thinking (the party after «حزب الله» is «الحزب», the role phrase beside a
/// name is that person) and name boundaries of everyday news (titles outside, lists split, a newspaper only where
/// one is meant).
/// </summary>
public sealed class ReferencesAndBoundariesTests
{
    [Fact]
    public void A_definite_description_is_the_body_last_named_with_that_head_noun()
    {
        var (doc, text) = Analyze("وأعلن حزب الله مقتل اثنين من عناصره. وقال الحزب في بيان إن المعارك مستمرة.");
        var party = doc.Layer<Entity>().Single(e => e.Mentions.Any(m => m.Slice(text) == "حزب الله"));
        Assert.Contains("الحزب", party.References.Select(r => r.Slice(text)));
    }

    [Fact]
    public void A_definite_first_word_of_a_name_is_no_class_noun()
    {
        // «الأمم المتحدة» does not make every «الأمم» the United Nations
        var (doc, text) = Analyze("ودعت الأمم المتحدة إلى الحوار. وقال إن الأمم والشعوب تحتاج إلى السلام.");
        Assert.Empty(ReferencesOf(doc, text, e => e.KbId == "org:un"));
    }

    [Fact]
    public void A_role_phrase_beside_a_person_is_a_reference_to_that_person()
    {
        var (doc, text) = Analyze("وقال بيتر مورار رئيس اللجنة الدولية للصليب الأحمر إن الوضع خطير.");
        var refs = ReferencesOf(doc, text, e => e.Type == EntityType.PER && e.Mentions.Any(m => m.Slice(text) == "بيتر مورار"));
        Assert.Contains(refs, r => r.StartsWith("رئيس اللجنة الدولية", StringComparison.Ordinal));
        Assert.DoesNotContain(ReferencesOf(doc, text, e => e.Type == EntityType.ORG), r => r.StartsWith("رئيس", StringComparison.Ordinal));
    }

    [Fact]
    public void The_custodian_of_the_two_holy_mosques_is_the_saudi_king_of_the_day()
    {
        var (doc, text) = Analyze("ووجه خادم الحرمين الشريفين بصرف المساعدات للمتضررين.");
        Assert.Contains("خادم الحرمين الشريفين", ReferencesOf(doc, text, e => e.KbId == "per:salman-bin-abdulaziz"));
    }

    [Fact]
    public void A_title_stays_outside_the_name_it_precedes()
    {
        var (doc, text) = Analyze("واستقبل الملك سلمان بن عبدالعزيز آل سعود الوفد في جدة.");
        var king = doc.Layer<Entity>().Single(e => e.KbId == "per:salman-bin-abdulaziz");
        Assert.Contains("سلمان بن عبدالعزيز آل سعود", king.Mentions.Select(m => m.Slice(text)));
    }

    [Fact]
    public void A_list_of_names_separated_by_dashes_is_several_people()
    {
        var (doc, text) = Analyze("وضمت اللجنة كلا من: معن محمد الشبانات- عبدالإله الموسى- عمر عبدالعزيز الدخيل.");
        var mentions = doc.Layer<Mention>().Select(m => m.Span.Slice(text)).ToList();
        Assert.DoesNotContain(mentions, m => m.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void A_newspaper_name_in_construct_after_another_noun_is_not_the_newspaper()
    {
        var (doc, text) = Analyze("وافتتح الأمير فعاليات سوق عكاظ أمس، ويستمر سوق عكاظ أسبوعين، كما نشرت صحيفة عكاظ البرنامج.", publisher: "okaz");
        var okaz = doc.Layer<Entity>().Where(e => e.KbId == "outlet:okaz").SelectMany(e => e.Mentions).Select(m => m.Slice(text)).ToList();
        Assert.DoesNotContain("عكاظ", okaz);
        Assert.Contains(doc.Layer<Entity>(), e => e.KbId is null && e.Mentions.Any(m => m.Slice(text) == "سوق عكاظ"));
    }

    [Fact]
    public void Washington_is_the_city_and_religions_are_no_entities()
    {
        var (doc, text) = Analyze("وقالت واشنطن إن الإسلام دين سلام.");
        Assert.Contains(doc.Layer<Entity>(), e => e.KbId == "loc:washington-dc");
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.Mentions.Any(m => m.Slice(text) == "الإسلام"));
    }

    [Fact]
    public void The_class_noun_written_before_a_name_points_back()
    {
        var (doc, text) = Analyze("وقصفت الطائرات بلدة أريحا، وسقطت قذيفة وسط البلدة.");
        var town = doc.Layer<Entity>().Single(e => e.Mentions.Any(m => m.Slice(text) == "أريحا"));
        Assert.Contains("البلدة", town.References.Select(r => r.Slice(text)));
    }

    [Fact]
    public void The_country_is_the_state_named_last_and_the_city_the_city()
    {
        var (doc, text) = Analyze("وصلت الحكومة اليونانية إلى اتفاق مع الدائنين في بروكسل، ويحتاج اليونان إلى المال لتجنيب البلاد الإفلاس. وفي عدن سيطرت القوات على الجبال المطلة على المدينة.");
        Assert.Contains("البلاد", ReferencesOf(doc, text, e => e.KbId == "GR"));
        Assert.Contains("المدينة", ReferencesOf(doc, text, e => e.KbId == "loc:aden"));
    }

    [Fact]
    public void A_state_in_construct_after_a_role_noun_is_no_reference()
    {
        var (doc, text) = Analyze("وزار مصر وزير الخارجية ووزير الدولة للشؤون الخارجية.");
        Assert.DoesNotContain("الدولة", ReferencesOf(doc, text, e => e.KbId == "EG"));
        var (doc2, text2) = Analyze("وزار الوفد تركيا، وتحدث عن تاريخ الدولة العثمانية.");
        Assert.Empty(ReferencesOf(doc2, text2, e => e.KbId == "TR"));
    }

    [Fact]
    public void A_title_alone_points_back_at_the_person_only_as_a_clause_part()
    {
        var (doc, text) = Analyze("وقال المحامي سباستيان كورتوا إن موكله بريء. ولمح المحامي إلى استئناف الحكم. ويشترط ميثاق المحامي الأمانة.");
        var refs = ReferencesOf(doc, text, e => e.Mentions.Any(m => m.Slice(text) == "سباستيان كورتوا"));
        // the title right before the name and the one that starts a clause; not «ميثاق المحامي»
        Assert.Equal(2, refs.Count(r => r == "المحامي"));
        Assert.DoesNotContain(doc.Layer<Entity>().SelectMany(e => e.References), r => r.Start == text.LastIndexOf("المحامي", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_name_an_outlet_shares_is_the_outlet()
    {
        var (doc, text) = Analyze("وقال مصدر أمني لـ«الشرق الأوسط» إن الوضع في الشرق الأوسط خطير.");
        var kinds = doc.Layer<Entity>().Where(e => e.Mentions.Any(m => m.Slice(text) == "الشرق الأوسط")).Select(e => e.KbId).ToList();
        Assert.Contains("outlet:aawsat", kinds);
        Assert.Contains("loc:middle-east", kinds);
    }

    [Fact]
    public void An_arab_name_chain_ends_on_its_family_name_and_an_institution_before_a_person_title()
    {
        var (doc, text) = Analyze("وحضر الاجتماع عبدالرحمن بن سعيد بن محمد الجمعة ومندوبون عن الجهات. وعقد الاجتماع برئاسة الدكتور بريكان الشلوي.");
        var mentions = doc.Layer<Mention>().Select(m => m.Span.Slice(text)).ToList();
        Assert.Contains("عبدالرحمن بن سعيد بن محمد الجمعة", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("الدكتور", StringComparison.Ordinal));
    }

    [Fact]
    public void An_indefinite_title_in_construct_with_a_state_is_that_states_office()
    {
        var (doc, text) = Analyze("واستقبل أمير دولة الكويت الوفد في قصر بيان.");
        Assert.Contains("أمير دولة الكويت", ReferencesOf(doc, text, e => e.KbId == "per:sabah-al-ahmad"));
        // after a definite title the state is the verb's object
        var (doc2, text2) = Analyze("وزار وزير الدفاع مصر أمس.");
        Assert.DoesNotContain(doc2.Layer<Entity>().SelectMany(e => e.References), r => r.Slice(text2).Contains("مصر", StringComparison.Ordinal));
    }

    [Fact]
    public void A_government_with_a_nationality_adjective_is_the_state_the_article_names()
    {
        var (doc, text) = Analyze("وتقدمت القوات في اليمن، وأعلنت الحكومة اليمنية استعادة المطار.");
        Assert.Contains("الحكومة اليمنية", ReferencesOf(doc, text, e => e.KbId == "YE"));
        // a state the article never names gets no actor from an adjective
        var (doc2, text2) = Analyze("وأعلنت الحكومة اليمنية استعادة المطار.");
        Assert.DoesNotContain(doc2.Layer<Entity>(), e => e.KbId == "YE");
        // «النظام السعودي للعمل» is a law
        var (doc3, text3) = Analyze("وتطبق السعودية النظام السعودي للعمل على الوافدين.");
        Assert.Empty(ReferencesOf(doc3, text3, e => e.KbId == "SA"));
    }

    [Fact]
    public void The_team_is_the_club_named_last()
    {
        var (doc, text) = Analyze("وتعاقد نادي الاتحاد مع مدافع جديد. وقال مدرب إن الفريق سيتحسن.");
        Assert.Contains("الفريق", ReferencesOf(doc, text, e => e.KbId == "club:al-ittihad"));
    }

    [Fact]
    public void The_role_noun_a_person_was_introduced_with_points_back_at_the_person()
    {
        var (doc, text) = Analyze("وقال سفير المملكة في القاهرة أحمد قطان إن العلاقات قوية. وأضاف السفير أن التعاون مستمر.");
        var refs = ReferencesOf(doc, text, e => e.Mentions.Any(m => m.Slice(text) == "أحمد قطان"));
        Assert.Contains("السفير", refs);
    }
}
