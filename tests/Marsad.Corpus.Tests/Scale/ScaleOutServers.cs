using Marsad.Corpus.Postgres;
using Npgsql;

namespace Marsad.Corpus.Tests.Scale;

/// <summary>
/// The PostgreSQL server and RabbitMQ broker the scale-out tests use, named by MARSAD_TEST_POSTGRES (an address
/// whose user may create databases) and MARSAD_TEST_AMQP; .ci/run starts both on loopback and sets them. Without
/// them, or when they do not answer, the tests skip saying so. Each test gets a database and a queue of its own;
/// the database is dropped when the test disposes it.
/// </summary>
internal static class ScaleOutServers
{
    public const string PostgresVariable = "MARSAD_TEST_POSTGRES", AmqpVariable = "MARSAD_TEST_AMQP";

    /// <summary>
    /// A fresh database, or skips the test. Dispose it (<c>using var scratch = …</c>) to drop it: the tests leave
    /// nothing on a developer's server.
    /// </summary>
    public static TestDatabase RequireDatabase()
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
        string adminConnection = b.ConnectionString;
        b.Database = name;
        b.Pooling = true;
        return new TestDatabase(name, b.ConnectionString, adminConnection);
    }

    /// <summary>A test's own database: <see cref="Address"/> to connect, dropped at <see cref="Dispose"/>.</summary>
    public sealed class TestDatabase(string name, string address, string adminConnection) : IDisposable
    {
        public string Address { get; } = address;

        /// <summary>
        /// Drops the database, whoever is still connected: this process's pooled connections are cleared, other
        /// sessions (a worker process of the test, a connection a failed test left open) are ended by the server.
        /// </summary>
        public void Dispose()
        {
            using (var pooled = new NpgsqlConnection(Address)) NpgsqlConnection.ClearPool(pooled);
            try
            {
                using var db = new NpgsqlConnection(adminConnection);
                db.Open();
                using (var end = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", db))
                {
                    end.Parameters.AddWithValue(name);
                    end.ExecuteNonQuery();
                }
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", db);
                drop.ExecuteNonQuery();
            }
            catch (NpgsqlException e)
            {
                // a cleanup that fails must not hide the test's own outcome; it says what it left behind
                Console.Error.WriteLine($"could not drop the test database {name}: {e.Message}");
            }
        }
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
