using Marsad.Analysis;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Search;

/// <summary>A few news records, as the default pipeline analyses them, searched the way an analyst types.</summary>
public sealed class AsTypedCorpus : IDisposable
{
    public AsTypedCorpus()
    {
        var input = Dir.File("day.jsonl");
        string Record(int n, string title, string text) =>
            $$"""{"source":"{{(n % 2 == 0 ? "sabq" : "okaz")}}","url":"http://x.example/{{n}}","date_extracted":"2015-08-0{{n % 9 + 1}}","title":"{{title}}","content":"{{text}}"}""";
        File.WriteAllLines(input,
        [
            Record(1, "الجبير: نحن مع الاتفاق الذي يمنع امتلاك إيران للسلاح النووي", "أكد وزير الخارجية عادل الجبير أن المملكة ترحب بأي اتفاق يمنع إيران من امتلاك السلاح النووي."),
            Record(2, "سياسي / الزياني يؤكد دعم دول الخليج لليمن", "أكد الأمين العام لمجلس التعاون عبداللطيف الزياني دعم دول المجلس لليمن وشعبه."),
            Record(3, "ثوابت المملكة", "قال الكاتب إن سياسة المملكة الخارجية ثابتة منذ عقود ولا تتغير بتغير الظروف."),
            Record(4, "الحكومة الأسترالية", "أكدت الحكومة الأسترالية أن سياستها تجاه اللاجئين لن تتغير هذا العام."),
            Record(5, "قوات الرئيس هادي تسيطر على زنجبار", "سيطرت قوات الرئيس عبدربه منصور هادي على مدينة زنجبار عاصمة محافظة أبين جنوب اليمن."),
            Record(6, "المحيط الهادئ", "انتهت مفاوضات التجارة عبر المحيط الهادئ في أجواء هادئة دون اتفاق."),
            Record(7, "كلينتون تعلن برنامجها", "أعلنت المرشحة الديمقراطية هيلاري كلينتون برنامجها الاقتصادي في نيويورك."),
            Record(8, "أثر العبادة في السلوك", "للعبادة أثر في ضبط السلوك وتهذيب النفس كما يقول العلماء."),
            Record(9, "العبادي يلغي مناصب نواب الرئيس", "ألغى رئيس الوزراء العراقي حيدر العبادي مناصب نواب رئيس الجمهورية."),
            Record(10, "افتتاح مهرجان التمور في بريدة", Wire),
            Record(11, "مهرجان التمور يفتتح أبوابه", Wire),
        ]);
        TestIngest.Files(Dir.Path, MarsadPipeline.Default, input);
        Folder = CorpusFolder.OpenForReading(Dir.Path);
        Searcher = Folder.OpenSearcher();
    }

    /// <summary>A wire story that two outlets ran the same day.</summary>
    private const string Wire =
        "افتتح أمير منطقة القصيم مساء أمس مهرجان التمور السنوي في مدينة بريدة بحضور عدد كبير من المزارعين والتجار والزوار من داخل المملكة وخارجها، " +
        "وتجول في أجنحة المهرجان التي تعرض أكثر من أربعين صنفا من التمور، واستمع إلى شرح عن مراحل الإنتاج والتغليف والتسويق والتصدير إلى الأسواق الخليجية والعربية، " +
        "وأكد أن المهرجان أصبح منصة اقتصادية مهمة تدعم المزارعين وتفتح لهم أسواقا جديدة، مشيرا إلى أن حجم المبيعات في الموسم الماضي تجاوز مليار ريال.";

    public TempDir Dir { get; } = new();
    public CorpusFolder Folder { get; }
    public Marsad.Corpus.Search.CorpusSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        Folder.Dispose();
        Dir.Dispose();
    }
}

/// <summary>Pasted headlines, inflected forms, variant spellings and Latin names find their articles; unrelated words do not.</summary>
public sealed class SearchAsTypedTests(AsTypedCorpus c) : IClassFixture<AsTypedCorpus>
{
    private IReadOnlyList<string> Urls(string query) =>
        [.. c.Searcher.Search(query, 20, snippets: false).Hits.Select(h => h.Url!.Replace("http://x.example/", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_pasted_headline_with_a_colon_finds_its_article_first() =>
        Assert.Equal("http://x.example/1", c.Searcher.Search("الجبير: نحن مع الاتفاق الذي يمنع امتلاك إيران للسلاح النووي").Hits[0].Url);

    [Fact]
    public void A_pasted_headline_with_a_slash_finds_its_article_first() =>
        Assert.Equal("http://x.example/2", c.Searcher.Search("سياسي / الزياني يؤكد دعم دول الخليج لليمن").Hits[0].Url);

    [Fact]
    public void A_possessive_finds_what_the_bare_noun_finds()
    {
        Assert.Equal(["3", "4"], Urls("سياسة"));
        Assert.Equal(Urls("سياسة"), Urls("سياستها"));
    }

    [Fact]
    public void A_name_does_not_find_a_word_that_only_looks_like_it()
    {
        Assert.Equal(["5"], Urls("هادي"));
        Assert.Equal(["9"], Urls("العبادي"));
        Assert.Equal(["8"], Urls("العبادة"));
    }

    [Fact]
    public void One_spelling_of_a_name_finds_another() => Assert.Equal(["7"], Urls("هيلاري كلنتون"));

    [Fact]
    public void A_copy_is_folded_under_its_original()
    {
        var hit = Assert.Single(c.Searcher.Search("مهرجان التمور بريدة").Hits);
        Assert.Equal("http://x.example/10", hit.Url); // published first
        Assert.Single(hit.Copies);
    }

    [Fact]
    public void A_name_in_latin_letters_finds_its_arabic_spelling() => Assert.Equal(["5"], Urls("Zinjibar"));
}
