using Marsad.Corpus.Postgres;

namespace Marsad.Cli.Commands;

/// <summary>One line for a PostgreSQL or RabbitMQ failure, naming the address (without its password).</summary>
public static class ScaleOutFailure
{
    public static string? Reason(Exception e, string? store, string? queue) => e switch
    {
        FormatException => e.Message,
        Npgsql.NpgsqlException or Npgsql.PostgresException => $"{StoreAddress.Redacted(store ?? "")}: {e.Message}",
        RabbitMQ.Client.Exceptions.BrokerUnreachableException or RabbitMQ.Client.Exceptions.OperationInterruptedException
            or RabbitMQ.Client.Exceptions.AlreadyClosedException => $"{Redacted(queue)}: {e.Message}{(e.InnerException is { } inner ? $" ({inner.Message})" : "")}",
        InvalidOperationException when e.Message.Contains("schema version", StringComparison.Ordinal) => e.Message,
        _ => null,
    };

    private static string Redacted(string? queue) =>
        queue is not null && Uri.TryCreate(queue, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? queue.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":…", StringComparison.Ordinal)
            : queue ?? "";
}
