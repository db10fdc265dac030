using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using RabbitMQ.Client;

namespace Marsad.Corpus.Queue;

/// <summary>What a publisher did: articles read, published, skipped as already stored, inputs that failed.</summary>
public sealed record PublishResult(long Run, long Read, long Published, long Known, long Failed);

/// <summary>
/// The reading half of a distributed ingest (`marsad ingest PATH --store postgres://… --queue amqp://…`): reads the
/// inputs, skips the articles the store holds, and publishes the others as persistent messages numbered in reading
/// order within one ingest run; each publish waits for the broker's confirm (a window of
/// <see cref="ConfirmWindow"/> in flight), and the run is closed in the store only once every message is confirmed.
/// A publisher killed before that leaves its run open: its confirmed articles are stored, and the leader waits for
/// the rest of that run, so the same command is simply run again.
/// </summary>
public sealed class QueuePublisher(PostgresStore store, WorkQueue queue, PublicationDate? defaultPublished = null)
{
    private const int ConfirmWindow = 256;

    public event Action<InputException>? Error;
    public event Action<string>? Warning;

    public async Task<PublishResult> RunAsync(IEnumerable<ReadResult> items, CancellationToken cancel = default)
    {
        var known = store.Ids();
        long run = store.BeginRun();
        long read = 0, published = 0, skipped = 0, failed = 0;
        await using var channel = await queue.Connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancel);
        var inFlight = new List<ValueTask>(ConfirmWindow);
        async Task Drain()
        {
            foreach (var confirm in inFlight) await confirm; // throws when the broker refuses or loses a message
            inFlight.Clear();
        }
        foreach (var item in items)
        {
            cancel.ThrowIfCancellationRequested();
            if (item.Error is { } error) { failed++; Error?.Invoke(error); continue; }
            if (item.Warning is { } warning) Warning?.Invoke(warning);
            if (item.Article is not { } input)
            {
                if (item.SkippedBecause is { } why) Warning?.Invoke(why);
                continue;
            }
            read++;
            var identity = ArticleIdentity.For(Document.NormalizeLineEndings(input.Text), input.Metadata.Url);
            if (!known.Add(identity.Id)) { skipped++; continue; }
            var dated = input with { Metadata = ArticleAnalysis.MetadataOf(input, defaultPublished) };
            var properties = new BasicProperties { Persistent = true, MessageId = identity.Id, ContentType = "application/json" };
            inFlight.Add(channel.BasicPublishAsync("", queue.Name, mandatory: true, properties, ArticleMessage.From(run, published, dated).ToBytes(), cancel));
            published++;
            if (inFlight.Count >= ConfirmWindow) await Drain();
        }
        await Drain();
        store.FinishRun(run, published);
        return new PublishResult(run, read, published, skipped, failed);
    }
}
