using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Benchmarks;

/// <summary>
/// Corpus figures on ../shared/data/news/saudinewsnet (skipped when absent), as a console mode because they
/// are whole-run measurements, not micro-benchmarks:
///   dotnet run -c Release --project bench/Marsad.Benchmarks -- corpus [DATA_DIR] [--days N]
/// Ingests the first N days (default all) with 2 analysis threads into DATA_DIR (default a temp folder;
/// an existing folder is only searched), then prints articles/s, bytes per article, peak memory, and search
/// latency p50/p99 over the realistic queries below (names, phrases, fields, facets, dates).
/// </summary>
public static class CorpusBenchmarks
{
    internal static readonly string[] Names =
    [
        "أوباما", "بوتين", "الأسد", "كيري", "لافروف", "ظريف", "روحاني", "خامنئي", "نتنياهو", "عباس", "السيسي", "أردوغان",
        "الملك سلمان", "ولي العهد", "الجبير", "هادي", "الحوثي", "صالح", "البغدادي", "داعش", "حزب الله", "حماس",
        "الأمم المتحدة", "مجلس الأمن", "الجامعة العربية", "مجلس التعاون", "الناتو", "الاتحاد الأوروبي",
    ];
    internal static readonly string[] Words =
    [
        "الاتفاق النووي", "أسعار النفط", "سوق الأسهم", "وزارة الصحة", "وزارة التعليم", "كورونا", "الإرهاب", "التحالف",
        "عاصفة الحزم", "اليمن", "سوريا", "العراق", "ليبيا", "مصر", "إيران", "تركيا", "الرياض", "جدة", "مكة المكرمة",
        "الحج", "رمضان", "العيد", "الهلال", "النصر", "الاتحاد", "الأهلي", "الدوري", "المنتخب", "البطالة", "الإسكان",
    ];
    internal static readonly string[] Structured =
    [
        "\"مجلس الوزراء\"", "\"خادم الحرمين الشريفين\"", "\"الأمير محمد بن سلمان\"", "\"الاتفاق النووي\" AND إيران",
        "اليمن AND (الحوثي OR صالح)", "سوريا NOT داعش", "source:aawsat", "source:okaz AND النصر", "source:spa AND الملك",
        "date:[2015-07-21 TO 2015-07-25]", "date:2015-08-01 AND النفط", "type:ASSAULT", "type:ACCUSE AND اليمن",
        "type:CONSULT AND date:[2015-07-21 TO 2015-07-31]", "entity:\"Barack Obama\"", "entity:\"Vladimir Putin\"",
        "entity:\"Bashar al-Assad\"", "entity:\"Sergey Lavrov\"", "speaker:\"John Kerry\"", "speaker:\"Adel al-Jubeir\"",
        "Lavrov", "Obama", "Kerry", "ISIS", "الرياض AND الهلال", "جدة AND الأمطار", "\"سوق الأسهم السعودية\"",
        "النفط AND date:[2015-07-21 TO 2015-08-09]", "\"وزارة الداخلية\" AND القبض", "المملكة AND اليمن AND التحالف",
        "\"الأمم المتحدة\" AND اليمن", "مصر AND السيسي", "تركيا AND الأكراد", "العراق AND الرمادي", "ليبيا AND طرابلس",
        "إيران AND (النووي OR العقوبات)", "الحج AND الحجاج", "\"هيئة الأمر بالمعروف\"", "الإسكان AND الأراضي",
        "التعليم AND الطلاب", "المرور AND حوادث", "القبض AND مخدرات", "الصحة AND كورونا", "الدفاع المدني",
    ];

    public static int Run(string[] args)
    {
        var dataset = BenchData.Shared("data", "news", "saudinewsnet", "dataset");
        string? dataDir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        int days = args.SkipWhile(a => a != "--days").Skip(1).Select(int.Parse).FirstOrDefault(int.MaxValue);
        bool existing = dataDir is not null && File.Exists(Path.Combine(dataDir, CorpusFolder.StoreFile));
        if (!existing && dataset is null)
        {
            Console.WriteLine("skipped: ../shared/data/news/saudinewsnet/dataset is absent");
            return 0;
        }
        dataDir ??= Directory.CreateTempSubdirectory("marsad-bench-").FullName;
        if (!existing)
        {
            var files = Directory.GetFiles(dataset!, "*.zip").Order().Take(days).ToArray();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            using var folder = CorpusFolder.OpenForWriting(dataDir);
            var result = new Ingester(folder, MarsadPipeline.Default, new IngestOptions { Threads = 2 }).Run(new BulkReader().Plan(files));
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var (store, index) = folder.Sizes();
            Console.WriteLine($"ingest: {result.Stored:N0} articles in {result.Elapsed.TotalSeconds:N1} s wall = {result.Stored / result.Elapsed.TotalSeconds:N0} articles/s "
                + $"(2 threads; {used.TotalSeconds:N1} s CPU = {result.Stored / used.TotalSeconds * 2:N0} articles/s on 2 free cores)");
            Console.WriteLine($"size: store {store / 1048576.0:N1} MB + index {index / 1048576.0:N1} MB = {(store + index) / Math.Max(1, result.Stored):N0} bytes/article");
        }
        using (var folder = CorpusFolder.OpenForReading(dataDir))
        using (var searcher = folder.OpenSearcher())
        {
            string[] queries = [.. Names, .. Words, .. Structured];
            // Warm-up: every query once in each order, so the figure is the steady state a running server sees, not the
            // first-call compilation of each query shape.
            foreach (var q in queries)
            {
                searcher.Search(q, 10, SearchSort.Relevance);
                searcher.Search(q, 10, SearchSort.Date);
            }
            var times = new List<double>();
            for (int round = 0; round < 3; round++)
                foreach (var q in queries)
                {
                    var sw = Stopwatch.StartNew();
                    searcher.Search(q, 10, round == 1 ? SearchSort.Date : SearchSort.Relevance);
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
            times.Sort();
            Console.WriteLine($"search: {queries.Length} queries × 3 over {searcher.DocumentCount:N0} articles (top 10, facets, snippets): "
                + $"p50 {times[times.Count / 2]:N1} ms, p99 {times[(int)(times.Count * 0.99)]:N1} ms");
        }
        Console.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
        return 0;
    }
}
