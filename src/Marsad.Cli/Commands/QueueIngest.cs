using Marsad.Analysis;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Queue;
using Marsad.Corpus.Reading;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad ingest PATH --store postgres://… --queue amqp://…`: reads and publishes; `marsad worker` processes analyse
/// and store (docs/deployment.md).
/// </summary>
public static class QueueIngest
{
    public static int Run(IReadOnlyList<string> paths, string store, string queueAddress, PublicationDate? published, TextWriter stderr)
    {
        if (!StoreAddress.IsPostgres(store))
        {
            stderr.WriteLine($"marsad: --queue needs a PostgreSQL --store (postgres://… or Host=…), not '{store}': the workers write there");
            return CommandRunner.UsageError;
        }
        try
        {
            using var postgres = PostgresStore.Open(store);
            var queue = WorkQueue.ConnectAsync(queueAddress, "marsad ingest").GetAwaiter().GetResult();
            try
            {
                var publisher = new QueuePublisher(postgres, queue, published);
                publisher.Error += e => stderr.WriteLine($"marsad: {e.Message}");
                publisher.Warning += w => stderr.WriteLine($"marsad: warning: {w}");
                var r = publisher.RunAsync(new BulkReader().Plan(paths).Read()).GetAwaiter().GetResult();
                stderr.WriteLine($"marsad: {r.Read:N0} articles read, {r.Published:N0} queued on {queue.Name} (ingest run {r.Run}), {r.Known:N0} already stored, {r.Failed:N0} failed; 'marsad worker' processes analyse and store them");
                return r.Failed == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
            }
            finally { queue.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
        }
        catch (Exception e) when (ScaleOutFailure.Reason(e, store, queueAddress) is { } reason)
        {
            stderr.WriteLine($"marsad: {reason}");
            return CommandRunner.SomeFailed;
        }
    }
}
