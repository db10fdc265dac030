using System.Text;
using System.Text.Json;
using Marsad.Analysis.Pipeline;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Store;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Marsad.Corpus.Queue;

public sealed record WorkerOptions
{
    /// <summary>Messages analysed at once (default: every core).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Stop once the queue has been empty and the store fully ordered and related this long; null runs until cancelled.</summary>
    public TimeSpan? ExitWhenIdle { get; init; }
    /// <summary>A message delivered this often has killed workers before: it is dead-lettered instead of analysed again.</summary>
    public int PoisonAfterDeliveries { get; init; } = 3;
    /// <summary>Called after each committed write, before its acknowledgement (the kill test dies exactly there).</summary>
    public Action<long>? AfterWrite { get; init; }
}

/// <summary>What a worker did.</summary>
public sealed record WorkerResult(long Analysed, long Stored, long DeadLettered, long Related);

/// <summary>
/// `marsad worker`: takes articles from the queue (prefetch of twice the threads, so the broker holds the backlog),
/// analyses them, writes each to the store in one transaction and acknowledges it only after the commit: a worker
/// that dies loses nothing (the broker redelivers) and a redelivered article changes nothing (writes are idempotent).
/// A message that cannot be analysed, or that was delivered <see cref="WorkerOptions.PoisonAfterDeliveries"/> times,
/// goes to the dead-letter queue with its error, and is recorded as resolved so the order goes on without it.
/// Every worker also tries to become the <see cref="RelationLeader"/>; one at a time orders and relates.
/// </summary>
public sealed class QueueWorker(PostgresStore store, WorkQueue queue, AnalysisPipeline pipeline, WorkerOptions options)
{
    public event Action<string>? Error;

    private long _analysed, _stored, _dead, _related, _inFlight;
    private readonly CopyIndex _fingerprints = new(); // only its (pure) fingerprint function: the leader holds the copy index

    public async Task<WorkerResult> RunAsync(CancellationToken cancel = default)
    {
        int threads = Math.Max(1, options.Threads);
        await using var channel = await queue.Connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true, consumerDispatchConcurrency: (ushort)threads), cancel);
        await channel.BasicQosAsync(0, (ushort)(threads * 2), global: false, cancel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => Handle(channel, delivery, cancel);
        string tag = await channel.BasicConsumeAsync(queue.Name, autoAck: false, consumer, cancel);

        RelationLeader? leader = null;
        DateTime? idleSince = null;
        try
        {
            while (!cancel.IsCancellationRequested && !channel.IsClosed)
            {
                leader ??= RelationLeader.TryAcquire(store);
                if (leader is not null)
                {
                    try { Interlocked.Add(ref _related, leader.Step()); }
                    catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
                    {
                        Error?.Invoke($"relating failed ({e.Message}); another worker or a retry takes over");
                        leader.Dispose();
                        leader = null;
                    }
                }
                if (options.ExitWhenIdle is { } idle)
                {
                    bool quiet = Interlocked.Read(ref _inFlight) == 0 && await queue.ReadyAsync(cancel) == 0 && store.Pending == 0;
                    idleSince = quiet ? idleSince ?? DateTime.UtcNow : null;
                    if (idleSince is { } since && DateTime.UtcNow - since >= idle) break;
                }
                await Task.Delay(200, cancel).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            if (channel.IsOpen) await channel.BasicCancelAsync(tag, cancellationToken: CancellationToken.None);
        }
        finally { leader?.Dispose(); }
        return new WorkerResult(_analysed, _stored, _dead, _related);
    }

    private async Task Handle(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken cancel)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            ArticleMessage message;
            try { message = ArticleMessage.Parse(delivery.Body.Span); }
            catch (JsonException e)
            {
                await DeadLetter(channel, delivery, null, $"not an article message ({e.Message})");
                return;
            }
            string? error = null;
            AnalysedArticle? analysed = null;
            if (DeliveryCount(delivery) >= options.PoisonAfterDeliveries)
                error = $"delivered {DeliveryCount(delivery)} times: the workers that took it died";
            else
            {
                var input = message.ToInput();
                var identity = ArticleIdentity.For(Analysis.Document.NormalizeLineEndings(input.Text), input.Metadata.Url);
                try
                {
                    analysed = ArticleAnalysis.Analyse(pipeline, input, identity, null, t => _fingerprints.Fingerprint(t));
                    Interlocked.Increment(ref _analysed);
                }
                catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
                {
                    error = $"analysis failed ({e.GetType().Name}: {e.Message})";
                }
            }
            try
            {
                if (store.Write(message.Run, message.Ordinal, analysed, error)) Interlocked.Increment(ref _stored);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or IOException)
            {
                // the store is unreachable: the message goes back to the queue for a later try, here or elsewhere
                Error?.Invoke($"{message.Location ?? message.Url ?? $"message {message.Run}:{message.Ordinal}"}: the store cannot be written ({e.Message}); requeued");
                await Task.Delay(1000, CancellationToken.None);
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                return;
            }
            options.AfterWrite?.Invoke(Interlocked.Read(ref _stored));
            if (error is not null) await DeadLetter(channel, delivery, message, error);
            else await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
        }
        finally { Interlocked.Decrement(ref _inFlight); }
    }

    /// <summary>Publishes the message to the dead-letter queue with its error (confirmed), then acknowledges the original.</summary>
    private async Task DeadLetter(IChannel channel, BasicDeliverEventArgs delivery, ArticleMessage? message, string error)
    {
        Interlocked.Increment(ref _dead);
        string where = message?.Location ?? message?.Url ?? (message is null ? $"delivery {delivery.DeliveryTag}" : $"message {message.Run}:{message.Ordinal}");
        Error?.Invoke($"{where}: {error}; moved to {queue.DeadName}");
        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = delivery.BasicProperties.MessageId,
            ContentType = delivery.BasicProperties.ContentType,
            Headers = new Dictionary<string, object?> { ["x-marsad-error"] = Encoding.UTF8.GetBytes(error) },
        };
        await channel.BasicPublishAsync("", queue.DeadName, mandatory: true, properties, delivery.Body, CancellationToken.None);
        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, CancellationToken.None);
    }

    /// <summary>How often the broker delivered the message (quorum queues count in <c>x-delivery-count</c>; absent the first time).</summary>
    private static long DeliveryCount(BasicDeliverEventArgs delivery) =>
        1 + (delivery.BasicProperties.Headers?.TryGetValue("x-delivery-count", out var v) == true ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : 0);
}
