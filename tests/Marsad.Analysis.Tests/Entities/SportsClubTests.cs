namespace Marsad.Analysis.Tests.Entities;

/// <summary>
/// A club named by one word (الهلال، النصر، برشلونة) is the club where the article is about sport or a club noun
/// stands before it, and a common word or a city elsewhere.
/// </summary>
public sealed class SportsClubTests
{
    private static List<(string Name, string? Kb, List<string> Mentions)> Entities(string text)
    {
        PublicationDate.TryParse("2015-07-21", out var published);
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = published, Publisher = "sabq" });
        return doc.Layer<Entity>().Select(e => (e.Name, e.KbId, e.Mentions.Select(m => m.Slice(text)).ToList())).ToList();
    }

    [Fact]
    public void In_a_match_report_the_one_word_names_of_two_clubs_are_the_clubs()
    {
        var entities = Entities("انتهت المباراة بين الهلال والنصر بالتعادل في الجولة الأولى من الدوري، وأشاد المدرب بأداء اللاعبين. "
                                + "ويلعب الهلال مباراته المقبلة الأسبوع القادم.");
        var hilal = Assert.Single(entities, e => e.Kb == "club:al-hilal");
        Assert.Equal(["الهلال", "الهلال"], hilal.Mentions);
        Assert.Contains(entities, e => e.Kb == "club:al-nassr" && e.Mentions.SequenceEqual(["النصر"]));
    }

    [Fact]
    public void Outside_sport_the_same_words_are_common_words()
    {
        var entities = Entities("ترقب المسلمون رؤية الهلال مساء اليوم، واحتفل الأهالي بالنصر في الحرب، وتم الاتفاق بالتعاون مع الاتحاد.");
        Assert.DoesNotContain(entities, e => e.Kb is not null && e.Kb.StartsWith("club:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_noun_nadi_makes_a_club_of_the_word_after_it_and_stays_in_its_name()
    {
        var entities = Entities("وقع نادي العروبة عقدا جديدا مع شركة للتسويق.");
        Assert.Contains(entities, e => e.Kb == "club:al-orobah" && e.Mentions.SequenceEqual(["نادي العروبة"]));
    }

    [Fact]
    public void The_noun_nadi_after_two_proclitics_is_read_as_the_proclitic_reader_reads_names()
    {
        // و + ب + نادي: the clitics stay outside the mention, نادي stays in it
        var entities = Entities("واحتفل اللاعبون وبنادي العروبة أقيم حفل التكريم.");
        Assert.Contains(entities, e => e.Kb == "club:al-orobah" && e.Mentions.SequenceEqual(["نادي العروبة"]));
    }

    [Fact]
    public void A_city_a_club_is_named_after_is_the_club_in_a_match_report_and_the_city_after_a_preposition_of_place()
    {
        var entities = Entities("فاز برشلونة على خصمه في المباراة، وسجل اللاعب هدفين قبل أن يعود الفريق إلى برشلونة. وقال المدرب إن الدوري طويل.");
        Assert.Contains(entities, e => e.Kb == "club:barcelona-fc" && e.Mentions.SequenceEqual(["برشلونة"]));
        Assert.Contains(entities, e => e.Kb is not null && e.Kb.StartsWith("city:", StringComparison.Ordinal) && e.Mentions.SequenceEqual(["برشلونة"]));
        // and outside sport it is the city
        Assert.DoesNotContain(Entities("زار الوزير برشلونة أمس والتقى رئيس البلدية."), e => e.Kb == "club:barcelona-fc");
    }

    [Fact]
    public void A_club_word_that_reads_as_an_adjective_or_before_a_nationality_adjective_is_not_the_club()
    {
        var entities = Entities("أعلن البنك الأهلي نتائجه، وقرر الاتحاد السعودي تأجيل المباراة بعد اجتماع مع اللاعبين والمدرب قبل انطلاق الدوري.");
        Assert.DoesNotContain(entities, e => e.Kb is "club:al-ahli-sa" or "club:al-ittihad");
    }

    [Fact]
    public void A_word_that_heads_several_organisations_names_is_the_club_only_after_a_club_noun()
    {
        // «الاتحاد» of a match report may be the federation; «فريق الاتحاد» is the club
        var entities = Entities("وقال الاتحاد في بيان إن المباراة ستقام في موعدها، وطالب المدرب اللاعبين بالتركيز قبل انطلاق الدوري. وانضم المهاجم إلى فريق الاتحاد.");
        var ittihad = Assert.Single(entities, e => e.Kb == "club:al-ittihad");
        Assert.Equal(["الاتحاد"], ittihad.Mentions);
    }

    [Fact]
    public void The_team_is_the_club_named_last_without_its_noun()
    {
        PublicationDate.TryParse("2015-07-21", out var published);
        const string text = "وفاز الهلال على لاعبي النصر في مباراة الدوري، وقال المدرب إن اللاعبين قدموا مباراة كبيرة. وسيواجه الفريق منافسا آخر.";
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = published, Publisher = "sabq" });
        var nassr = Assert.Single(doc.Layer<Entity>(), e => e.KbId == "club:al-nassr");
        Assert.Contains("الفريق", nassr.References.Select(r => r.Slice(text)));
    }
}
