namespace Marsad.Analysis.Tests.Entities;

/// <summary>
/// Links that a Saudi news monitor gets wrong most often (from `marsad audit links` over 16 days of news): a common
/// word is not a place, a city is not the newspaper named after it, an institution is named whole.
/// </summary>
public sealed class EverydayLinkingTests
{
    private static List<(string Name, EntityType Type, string? Kb, List<string> Mentions)> Entities(string text, string publisher = "sabq")
    {
        PublicationDate.TryParse("2015-07-21", out var published);
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = published, Publisher = publisher });
        return doc.Layer<Entity>().Select(e => (e.Name, e.Type, e.KbId, e.Mentions.Select(m => m.Slice(text)).ToList())).ToList();
    }

    [Fact]
    public void A_common_word_that_a_gazetteer_lists_as_a_town_is_not_linked_without_support()
    {
        var entities = Entities("وأكد المسؤول أهمية المشروع. رابط الخبر بصحيفة الوئام: الوزير يفتتح المشروع.");
        Assert.DoesNotContain(entities, e => e.Kb == "city:109323"); // Khobar
        // with a place word before it, the same form is the town
        Assert.Contains(Entities("وزار الأمير محافظة الخبر أمس."), e => e.Kb == "city:109323");
    }

    [Fact]
    public void Riyadh_in_running_text_is_the_city_and_the_newspaper_only_by_its_own_name()
    {
        var entities = Entities("وصل الوزير إلى الرياض أمس، وقالت صحيفة الرياض إن الزيارة تستمر يومين.");
        Assert.Contains(entities, e => e.Kb == "city:108410" && e.Mentions.Contains("الرياض"));
        Assert.Contains(entities, e => e.Kb == "outlet:alriyadh" && e.Mentions.Contains("صحيفة الرياض"));
    }

    [Fact]
    public void The_eastern_province_of_a_saudi_article_is_saudi_arabias()
    {
        var e = Assert.Single(Entities("وشهدت المنطقة الشرقية أمطارا غزيرة."), x => x.Mentions.Contains("المنطقة الشرقية"));
        Assert.Equal(("Eastern Province, Saudi Arabia", EntityType.GPE), (e.Name, e.Type));
    }

    [Fact]
    public void An_institution_is_one_organisation_with_the_place_inside_its_name()
    {
        var entities = Entities("وأعلنت وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد أن جامعة الطائف ستستضيف الملتقى، وقال الجيش السوري إن قوات الجانبين انسحبت.");
        Assert.Contains(entities, e => e.Type == EntityType.ORG && e.Mentions.Contains("وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد"));
        Assert.Contains(entities, e => e.Type == EntityType.ORG && e.Mentions.Contains("جامعة الطائف"));
        Assert.DoesNotContain(entities, e => e.Mentions.Contains("الطائف"));
        Assert.Contains(entities, e => e.Mentions.Contains("الجيش السوري"));
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Contains("الجانبين", StringComparison.Ordinal))); // forces of both sides: a description
    }

    [Fact]
    public void A_person_known_only_by_a_given_name_is_not_a_knowledge_base_entity()
    {
        Assert.DoesNotContain(Entities("وحضر الحفل عبد الله وعبد العزيز وأبناؤهما."), e => e.Kb is not null && e.Kb.StartsWith("actor:", StringComparison.Ordinal));
    }

    [Fact]
    public void God_in_formulas_and_prayers_is_no_entity()
    {
        Assert.Empty(Entities("وقال الوزير: نسأل الله أن يحفظ البلاد، رحمه الله."));
    }

    [Fact]
    public void A_letter_cut_off_a_common_word_or_a_currency_is_no_place()
    {
        var entities = Entities("وكان الفوز كبيرا. وبلغ سعر اليورو 4 ريالات، ويورو واحد يعادل أكثر.");
        Assert.DoesNotContain(entities, e => e.Kb == "place:beira-mozambique");
        Assert.DoesNotContain(entities, e => e.Kb == "place:yo-ro-gifu");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Contains("يورو", StringComparison.Ordinal)));
        // «Beira, Mozambique» is an ArWikiCats title with a qualifier, a namesake place that is not linked even after a
        // place word (its kind is more often «ولاية كاليفورنيا» for California, Missouri); the state stays
        var port = Entities("ووصلت السفينة إلى مدينة بيرا في موزمبيق.");
        Assert.DoesNotContain(port, e => e.Kb == "place:beira-mozambique");
        Assert.Contains(port, e => e.Kb == "MZ");
    }

    [Fact]
    public void A_player_introduced_by_his_nationality_is_not_the_town_spelled_like_him()
    {
        var entities = Entities("ويرغب النادي في التعاقد مع مدافع أجنبي إلى جانب الفنزويلي ريفاس والروماني سان مارتين الذي اقترب من البقاء.");
        Assert.DoesNotContain(entities, e => e.Kb is { } k && k.StartsWith("city:", StringComparison.Ordinal) && e.Mentions.Contains("سان مارتين"));
    }

    [Fact]
    public void A_name_found_from_the_fathers_name_on_begins_at_the_given_name_before_bint()
    {
        var entities = Entities("ولولا وقفة سمو الأميرة العنود بنت عبدالله آل سعود حرم الأمير خالد الفيصل لما اجتمعنا.");
        Assert.Contains(entities, e => e.Type == EntityType.PER && e.Mentions.Contains("العنود بنت عبدالله آل سعود"));
        Assert.DoesNotContain(entities, e => e.Mentions.Contains("عبدالله آل سعود"));
    }

    [Fact]
    public void A_quoted_title_after_a_name_does_not_rename_the_person()
    {
        // the nickname is longer than the name: the person keeps the name the article gives him
        var entities = Entities("وسجل اللاعب علي سعد «شيكاباليستا» هدفا، وقال شيكاباليستا إنه سعيد.");
        var person = Assert.Single(entities, e => e.Mentions.Contains("شيكاباليستا"));
        Assert.Equal("علي سعد", person.Name);
    }

    [Fact]
    public void A_body_named_by_its_place_ends_before_the_person_who_heads_it()
    {
        var entities = Entities("وأوضح أمين أمانة جازان طارق الرفاعي أن المشروع يسير وفق الخطة.");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Contains("أمانة جازان طارق", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_quoted_formula_after_a_name_and_a_possessed_noun_are_no_names()
    {
        var entities = Entities("وإشادة الفنان الكبير محمد عبدالوهاب\"رحمه الله\" فتحت الطريق. وحددت الهيئة نطاقها المكاني في المنطقة.");
        Assert.DoesNotContain(entities, e => e.Mentions.Contains("رحمه الله"));
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.StartsWith("نطاقها", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_namesake_place_with_a_qualified_title_needs_a_place_word()
    {
        // «Ede, Netherlands», «Harvard, Illinois», «Dion, Pieria»: a verb, the university and debts, not the towns
        var entities = Entities("وقال إن الشعب أيده في قراره، وإن الشراكة بين هارفارد ومسك ناجحة، وإن ديون الشركة ارتفعت.");
        Assert.DoesNotContain(entities, e => e.Kb is "place:ede-netherlands" or "place:harvard-illinois" or "place:dion-pieria");
    }

    [Fact]
    public void An_adverb_or_an_agreeing_adjective_is_no_town()
    {
        var entities = Entities("ويمنع منعاً باتاً بيع الخضار، وألقت القوات القنابل الغازية باتجاه الشبان.");
        Assert.DoesNotContain(entities, e => e.Mentions.Any(m => m.Contains("باتاً", StringComparison.Ordinal) || m.Contains("الغازية", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_outlet_quoting_its_own_name_is_the_outlet_even_where_the_name_is_a_word()
    {
        var entities = Entities("وعلمت \"الوطن\" من مصادرها أن اللجنة اجتمعت، وأكد المسؤول أن حب الوطن واجب.", "alwatan_sa");
        var watan = Assert.Single(entities, e => e.Kb == "outlet:alwatan_sa");
        Assert.Contains("الوطن", watan.Mentions);
        Assert.Single(watan.Mentions, m => m == "الوطن"); // the homeland, unquoted, is no mention
        Assert.Contains(Entities("وقال المتحدث لـ\"سبق\" إن العمل مستمر."), e => e.Kb == "outlet:sabq" && e.Mentions.Contains("سبق"));
    }
}
