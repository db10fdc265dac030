using System.Text.Json;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Tests.Relations;

public sealed class CopyGroupTests
{
    private const string Rain =
        "شهدت مدينة جدة أمطارا غزيرة مساء أمس أدت إلى تجمع المياه في عدد من الأحياء الشمالية وتعطل حركة السير في طرق رئيسية، "
        + "وأعلن الدفاع المدني رفع درجة الاستعداد ودعا السكان إلى تجنب الأودية ومجاري السيول حتى انتهاء الحالة المطرية المتوقعة خلال اليومين المقبلين.";

    private const string Oil =
        "ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب الصيني على الخام خلال الربع الثالث، "
        + "وقال محللون إن الأسعار قد تواصل الصعود إذا استمر انخفاض الإنتاج في عدد من الدول المصدرة خلال الأسابيع المقبلة.";

    [Fact]
    public void A_round_up_of_two_wire_items_does_not_make_them_copies_of_each_other()
    {
        using var dir = new TempDir();
        var input = dir.File("roundup.jsonl");
        File.WriteAllLines(input,
        [
            Line("https://a.example/rain", "2015-07-21T08:00:00Z", "أمطار جدة", Rain),
            Line("https://a.example/oil", "2015-07-21T09:00:00Z", "أسعار النفط", Oil),
            Line("https://b.example/roundup", "2015-07-21T20:00:00Z", "حصاد اليوم", Rain + "\n" + Oil),
        ]);
        var data = dir.File("data");
        using (var folder = CorpusFolder.OpenForWriting(data))
            new Ingester(folder, RelationsPipeline.Create(), new IngestOptions { Threads = 1 }).Run(new BulkReader().Plan([input]));
        using var read = CorpusFolder.OpenForReading(data);
        var relations = new CorpusRelations(read.Store);
        Assert.Equal(["https://b.example/roundup"], relations.CopiesOf("https://a.example/rain")!.Copies.Select(c => c.Article.Url));
        Assert.Equal(["https://a.example/rain", "https://a.example/oil"], relations.CopiesOf("https://b.example/roundup")!.Copies.Select(c => c.Article.Url));
    }

    private static string Line(string url, string published, string title, string content) =>
        JsonSerializer.Serialize(new { url, source = "example", published, title, content });
}
