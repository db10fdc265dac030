using RabbitMQ.Client;

namespace Marsad.Corpus.Queue;

/// <summary>
/// The RabbitMQ queue the articles to analyse travel in: a durable quorum queue (replicated when the broker is a
/// cluster, delivery counted) whose messages a broker dead-letters after <see cref="DeliveryLimit"/> deliveries, and
/// beside it the dead-letter queue (<c>NAME.dead</c>) where poison messages wait with their error. The address is an
/// AMQP URI; <c>?queue=NAME</c> picks a queue other than <see cref="DefaultName"/>.
/// </summary>
public sealed class WorkQueue : IAsyncDisposable
{
    public const string DefaultName = "marsad.articles";

    /// <summary>The broker's last resort for a message that kills every worker taking it; workers dead-letter it earlier (<see cref="QueueWorker"/>).</summary>
    public const int DeliveryLimit = 5;

    public IConnection Connection { get; }
    public string Name { get; }
    public string DeadName => Name + ".dead";

    private WorkQueue(IConnection connection, string name)
    {
        Connection = connection;
        Name = name;
    }

    /// <summary>Whether <paramref name="address"/> is an AMQP URI.</summary>
    public static bool IsAddress(string? address) =>
        address is not null && (address.StartsWith("amqp://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("amqps://", StringComparison.OrdinalIgnoreCase));

    public static async Task<WorkQueue> ConnectAsync(string address, string clientName, CancellationToken cancel = default)
    {
        if (!IsAddress(address) || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
            throw new FormatException($"'{address}' is not an AMQP address (amqp://user:password@host:port/vhost)");
        string name = DefaultName;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            if (pair.Split('=', 2) is ["queue", { Length: > 0 } q]) name = Uri.UnescapeDataString(q);
        var factory = new ConnectionFactory
        {
            Uri = new UriBuilder(uri) { Query = "" }.Uri,
            ClientProvidedName = clientName,
            AutomaticRecoveryEnabled = false, // a worker that loses the broker exits; its unacknowledged messages go to the others
        };
        var connection = await factory.CreateConnectionAsync(cancel);
        var queue = new WorkQueue(connection, name);
        try
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancel);
            await queue.DeclareAsync(channel, cancel);
        }
        catch { await queue.DisposeAsync(); throw; }
        return queue;
    }

    /// <summary>Declares both queues (declaring again with the same arguments is a no-op, so publisher and workers all do).</summary>
    private async Task DeclareAsync(IChannel channel, CancellationToken cancel)
    {
        await channel.QueueDeclareAsync(DeadName, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancel);
        await channel.QueueDeclareAsync(Name, durable: true, exclusive: false, autoDelete: false, arguments: new Dictionary<string, object?>
        {
            ["x-queue-type"] = "quorum",
            ["x-delivery-limit"] = DeliveryLimit,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = DeadName,
        }, cancellationToken: cancel);
    }

    /// <summary>Messages ready in the queue (not those delivered and unacknowledged).</summary>
    public async Task<uint> ReadyAsync(CancellationToken cancel = default)
    {
        await using var channel = await Connection.CreateChannelAsync(cancellationToken: cancel);
        return (await channel.QueueDeclarePassiveAsync(Name, cancel)).MessageCount;
    }

    public async ValueTask DisposeAsync()
    {
        try { await Connection.CloseAsync(); }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.AlreadyClosedException or IOException or OperationCanceledException) { }
        Connection.Dispose();
    }
}
