using Marsad.Analysis.Events;
using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Events;

public class TriggerLexiconTests
{
    /// <summary>The PLOVER categories of the triggers the lexicon finds in <paramref name="text"/>, one sentence.</summary>
    private static List<string> Categories(string text)
    {
        var doc = new Document(text);
        new TokenizeStep().Run(doc);
        var words = doc.Layer<Token>().Select(t => WordKeys.Create(text, t)).ToArray();
        return [.. TriggerLexicon.Default.FindAll(words).Where(m => m.Entry.Kind == TriggerKind.Event).Select(m => m.Entry.Code!.Type)];
    }

    /// <summary>A fixed expression that holds a trigger word reports no act: «العرض والطلب» is supply and demand, not
    /// a request, and «منوها إلى أن» notes a fact where «منوها بجهود» praises; the words outside it are still read.</summary>
    [Fact]
    public void A_trigger_word_inside_a_fixed_expression_is_no_trigger()
    {
        Assert.DoesNotContain("REQUEST", Categories("وارتفعت الأسعار بسبب قوانين العرض والطلب في السوق."));
        Assert.DoesNotContain("REQUEST", Categories("وتراجعت الأسعار لاختلال الطلب والعرض."));
        Assert.Contains("REQUEST", Categories("وقدم الوزير الطلب إلى المحكمة."));
        Assert.DoesNotContain("SUPPORT", Categories("وقال المحلل إن أوبك لن تخفض إنتاجها، منوها إلى أن الأسعار لن تبقى منخفضة."));
        Assert.DoesNotContain("SUPPORT", Categories("ونوّه بأن الاجتماع تأجل."));
        Assert.Contains("SUPPORT", Categories("ونوّه الأمير بجهود رجال الأمن."));
        Assert.Contains("SUPPORT", Categories("أشاد الوزير بالجهود، منوها إلى أن المملكة تدعم اليمن."));
    }
}
