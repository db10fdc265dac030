using Marsad.Corpus.Postgres;
using Npgsql;

namespace Marsad.Corpus.Tests.Scale;

/// <summary>
/// The PostgreSQL server and RabbitMQ broker the scale-out tests use, named by MARSAD_TEST_POSTGRES (an address
/// whose user may create databases) and MARSAD_TEST_AMQP; .ci/run starts both on loopback and sets them. Without
/// them, or when they do not answer, the tests skip saying so. Each test gets a database and a queue of its own.
/// </summary>
internal static class ScaleOutServers
{
    public const string PostgresVariable = "MARSAD_TEST_POSTGRES", AmqpVariable = "MARSAD_TEST_AMQP";

    /// <summary>A fresh database's address, or skips the test.</summary>
    public static string RequireDatabase()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        Skip.If(string.IsNullOrWhiteSpace(admin), $"needs a PostgreSQL server: set {PostgresVariable} (e.g. postgres://marsad@127.0.0.1:5432/postgres; .ci/run starts one)");
        string name = "marsad_test_" + Guid.NewGuid().ToString("N")[..12];
        var b = new NpgsqlConnectionStringBuilder(StoreAddress.ConnectionString(admin!)) { Pooling = false };
        try
        {
            using var db = new NpgsqlConnection(b.ConnectionString);
            db.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", db);
            create.ExecuteNonQuery();
        }
        catch (NpgsqlException e) { Skip.If(true, $"the PostgreSQL server of {PostgresVariable} does not answer ({e.Message})"); }
        b.Database = name;
        b.Pooling = true;
        return b.ConnectionString;
    }

    /// <summary>An AMQP address with a queue of the test's own, or skips the test.</summary>
    public static string RequireQueue()
    {
        var amqp = Environment.GetEnvironmentVariable(AmqpVariable);
        Skip.If(string.IsNullOrWhiteSpace(amqp), $"needs a RabbitMQ broker: set {AmqpVariable} (e.g. amqp://guest:guest@127.0.0.1:5672/; .ci/run starts one)");
        try { Queue.WorkQueue.ConnectAsync(amqp!, "marsad test").GetAwaiter().GetResult().DisposeAsync().AsTask().GetAwaiter().GetResult(); }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            Skip.If(true, $"the RabbitMQ broker of {AmqpVariable} does not answer ({e.Message})");
        }
        return amqp!.TrimEnd('/') + "/?queue=marsad.test." + Guid.NewGuid().ToString("N")[..12];
    }
}
