using Marsad.Corpus.Copies;

namespace Marsad.Corpus.Tests.Copies;

public sealed class WordShinglerTests
{
    private static uint[] Shingles(string text)
    {
        var sequence = new List<uint>();
        WordShingler.Sequence(text, sequence);
        return WordShingler.DistinctSorted(sequence);
    }

    [Fact]
    public void Spelling_variants_give_the_same_shingles()
    {
        // Hamza forms, tatweel, diacritics, ة/ه, ى/ي and Arabic-Indic digits differ between outlets.
        var a = Shingles("أعلنت الوزارةُ اليوم إطلاق ٣ مبادرات جديدة لدعم المستشفى في المدينة");
        var b = Shingles("اعلنت الوزاره اليـــوم اطلاق 3 مبادرات جديده لدعم المستشفي في المدينة");
        Assert.Equal(a, b);
    }

    [Fact]
    public void Word_order_matters()
    {
        var a = Shingles("وصل الوفد إلى الرياض صباح اليوم");
        var b = Shingles("صباح اليوم وصل الوفد إلى الرياض");
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Punctuation_and_layout_do_not_count()
    {
        var a = Shingles("قال الوزير: «سنبدأ التنفيذ غدا»، وأضاف أن الخطة جاهزة.");
        var b = Shingles("قال الوزير سنبدأ التنفيذ غدا\nوأضاف أن الخطة جاهزة");
        Assert.Equal(a, b);
    }

    [Fact]
    public void Page_code_inside_an_arabic_article_is_not_a_shingle()
    {
        var words = new List<uint>();
        int n = WordShingler.Sequence("افتتح الأمير المعرض مساء أمس vote_area ul padding 0 margin 0 box_vote background FFFFFF", words);
        Assert.Equal(16, n); // vote_area is two words: the underscore is not a letter
        Assert.Contains(WordShingler.Excluded, words);
        Assert.Equal(words.Count(w => w != WordShingler.Excluded), WordShingler.DistinctSorted(words).Length);
    }

    [Fact]
    public void A_latin_script_text_keeps_its_shingles()
    {
        var words = new List<uint>();
        WordShingler.Sequence("The minister opened the new hospital in Riyadh on Monday", words);
        Assert.DoesNotContain(WordShingler.Excluded, words);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        var words = new List<uint>();
        Assert.Equal(2, WordShingler.Sequence("عاجل: انفجار", words));
        Assert.Single(words);
    }
}
