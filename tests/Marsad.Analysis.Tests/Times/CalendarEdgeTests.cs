using Marsad.Analysis;

namespace Marsad.Analysis.Tests.Times;

public class CalendarEdgeTests
{
    [Theory]
    [InlineData("وتعود هذه الصخور إلى ما قبل مليون عام على الأقل.")]
    [InlineData("ويتوقع العلماء أن يبقى النجم مشتعلاً بعد عشرة آلاف قرن من الآن.")]
    [InlineData("عاش الإنسان في هذه الكهوف منذ 40 ألف عام.")]
    public void Shifts_beyond_the_calendar_do_not_break_the_analysis(string text)
    {
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = new PublicationDate(new DateOnly(2015, 7, 21), null) });
        Assert.Equal(text, doc.Text);
    }
}
