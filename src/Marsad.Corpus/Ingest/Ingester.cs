using System.Diagnostics;
using System.Threading.Channels;
using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Analysis.Pipeline;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Ingest;

public sealed record IngestOptions
{
    /// <summary>Analysis threads (default: every core).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Articles per store transaction.</summary>
    public int BatchSize { get; init; } = 200;
    /// <summary>
    /// Write what has been analysed whenever nothing more is waiting, instead of waiting for <see cref="BatchSize"/>
    /// articles: the store and index keep pace with the analysis, and the last articles of a short run (a watch pass)
    /// are not left to be written on one core after the analysis has ended. Bulk ingests keep whole batches.
    /// </summary>
    public bool FlushWhenIdle { get; init; }
    /// <summary>Articles between index commits (the index catches up from the store after a crash anyway).</summary>
    public int IndexCommitEvery { get; init; } = 5000;
    /// <summary>Publication date for inputs whose metadata has none.</summary>
    public PublicationDate? DefaultPublished { get; init; }
    /// <summary>
    /// Called at each step of writing a batch (batch number from 1). Crash tests make the process kill itself at
    /// an exact step instead of killing it after a guessed delay; nothing else should need it.
    /// </summary>
    public Action<IngestStep, int>? AfterStep { get; init; }
}

/// <summary>The steps of writing one batch, in order: each leaves the folder in a state a rerun must repair.</summary>
public enum IngestStep
{
    /// <summary>The batch's articles and analyses are committed to the store; the index and relations lag.</summary>
    Stored,
    /// <summary>The batch is added to the index writer (not yet committed to the index).</summary>
    Indexed,
    /// <summary>Copies, stories and mentions of the batch are written.</summary>
    Related,
    /// <summary>The index commit after this batch is written.</summary>
    IndexCommitted,
}

/// <summary>Counts so far, for the progress display.</summary>
public sealed record IngestProgress(long Read, long Stored, long Known, long Failed, long BytesDone, long BytesTotal, TimeSpan Elapsed)
{
    public double Rate => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Reads, analyses (the full pipeline, on several threads) and stores articles, then indexes them.
/// Shape: one reader → bounded channel → N analysers → bounded channel → one writer that commits batches
/// to the store (one transaction each) and adds them to the index. Memory stays bounded by the channels,
/// whatever the corpus size. Articles already stored (same id) are skipped before analysis. After each batch the
/// writer relates the new articles (copies, stories, entity mentions: <see cref="RelationsBuilder"/>).
/// </summary>
public sealed class Ingester(CorpusFolder folder, AnalysisPipeline pipeline, IngestOptions options)
{
    public event Action<InputException>? Error;

    /// <summary>A record skipped for holding nothing to analyse, or an article kept without a field it could not read.</summary>
    public event Action<string>? Warning;

    /// <summary>
    /// The articles each store transaction added (in commit order) with their facts, told on the writer thread
    /// after they are indexed: alerts check them (<see cref="Watch.AlertChecker"/>).
    /// </summary>
    public event Action<IReadOnlyList<StoredArticle>, IReadOnlyList<ArticleFacts>>? Stored;

    public IngestProgress Run(BulkReader reader, Action<IngestProgress>? progress = null, CancellationToken cancel = default) =>
        Run(reader.Read(), () => reader.BytesDone, () => reader.BytesTotal, progress, cancel);

    /// <summary>Ingests articles read elsewhere (the pages `marsad watch` fetched); enumerated on one thread.</summary>
    public IngestProgress Run(IEnumerable<ReadResult> items, Action<IngestProgress>? progress = null, CancellationToken cancel = default) =>
        Run(items, () => 0, () => 0, progress, cancel);

    private IngestProgress Run(IEnumerable<ReadResult> items, Func<long> bytesDone, Func<long> bytesTotal, Action<IngestProgress>? progress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        using var index = folder.OpenIndex(); // catches up with whatever a killed run stored but did not index
        var relations = RelationsBuilder.Open(folder.Store); // likewise for copies and stories
        var known = folder.Store.Ids();
        long read = 0, stored = 0, skipped = 0, failed = 0;
        int threads = Math.Max(1, options.Threads);
        var toAnalyse = Channel.CreateBounded<(ArticleInput Input, ArticleIdentity Identity)>(new BoundedChannelOptions(threads * 8) { SingleWriter = true });
        var toStore = Channel.CreateBounded<(NewArticle Article, ArticleFacts Facts, CopyFingerprint Fingerprint)>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });

        IngestProgress Snapshot() => new(Interlocked.Read(ref read), stored, Interlocked.Read(ref skipped), Interlocked.Read(ref failed), bytesDone(), bytesTotal(), clock.Elapsed);
        void Fail(InputException e) { Interlocked.Increment(ref failed); Error?.Invoke(e); }

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    cancel.ThrowIfCancellationRequested();
                    if (item.Error is { } error) { Fail(error); continue; }
                    if (item.Warning is { } warning) Warning?.Invoke(warning);
                    if (item.Article is not { } input)
                    {
                        if (item.SkippedBecause is { } why) Warning?.Invoke(why); // a record with nothing to analyse: named, not silent
                        continue;
                    }
                    var identity = ArticleIdentity.For(Document.NormalizeLineEndings(input.Text), input.Metadata.Url);
                    Interlocked.Increment(ref read);
                    if (!known.Add(identity.Id)) { Interlocked.Increment(ref skipped); continue; }
                    await toAnalyse.Writer.WriteAsync((input, identity), cancel);
                }
            }
            finally { toAnalyse.Writer.Complete(); }
        }, cancel);

        var analysers = Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            await foreach (var (input, identity) in toAnalyse.Reader.ReadAllAsync(cancel))
            {
                AnalysedArticle analysed;
                try { analysed = ArticleAnalysis.Analyse(pipeline, input, identity, options.DefaultPublished, relations.Fingerprint); }
                catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
                {
                    Fail(new InputException(input.Metadata.Location ?? identity.Id, $"analysis failed ({e.GetType().Name}: {e.Message})"));
                    continue;
                }
                var (article, facts, fingerprint) = analysed;
                await toStore.Writer.WriteAsync((article, facts, fingerprint), cancel);
            }
        }, cancel)).ToArray();
        var analysed = Task.WhenAll(analysers).ContinueWith(t => toStore.Writer.Complete(t.Exception), TaskScheduler.Default);

        // The writer runs on this thread: the store and the index have a single writer.
        var batch = new List<NewArticle>(options.BatchSize);
        var batchFacts = new List<ArticleFacts>(options.BatchSize);
        var batchFingerprints = new List<CopyFingerprint>(options.BatchSize);
        long sinceCommit = 0;
        int batches = 0;
        var lastProgress = Stopwatch.StartNew();
        void Flush()
        {
            if (batch.Count == 0) return;
            batches++;
            var added = folder.Store.AddBatch(batch, batchFacts);
            options.AfterStep?.Invoke(IngestStep.Stored, batches);
            var byId = new Dictionary<string, int>(batch.Count);
            for (int i = 0; i < batch.Count; i++) byId[batch[i].Identity.Id] = i;
            foreach (var a in added) index.Add(a, batchFacts[byId[a.Id]]);
            options.AfterStep?.Invoke(IngestStep.Indexed, batches);
            relations.Add([.. added.Select(a => new RelationInput(a, batchFacts[byId[a.Id]], batchFingerprints[byId[a.Id]]))]);
            options.AfterStep?.Invoke(IngestStep.Related, batches);
            Stored?.Invoke(added, [.. added.Select(a => batchFacts[byId[a.Id]])]);
            stored += added.Count;
            sinceCommit += added.Count;
            batch.Clear();
            batchFacts.Clear();
            batchFingerprints.Clear();
            if (sinceCommit >= options.IndexCommitEvery)
            {
                index.Commit();
                sinceCommit = 0;
                options.AfterStep?.Invoke(IngestStep.IndexCommitted, batches);
            }
        }
        var reading = toStore.Reader;
        while (reading.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult())
        {
            while (reading.TryRead(out var item))
            {
                batch.Add(item.Article);
                batchFacts.Add(item.Facts);
                batchFingerprints.Add(item.Fingerprint);
                if (batch.Count >= options.BatchSize) Flush();
            }
            if (options.FlushWhenIdle) Flush();
            if (lastProgress.ElapsedMilliseconds >= 250) { progress?.Invoke(Snapshot()); lastProgress.Restart(); }
        }
        Flush();
        index.Commit();
        producer.GetAwaiter().GetResult();
        analysed.GetAwaiter().GetResult();
        var final = Snapshot();
        progress?.Invoke(final);
        return final;
    }
}
