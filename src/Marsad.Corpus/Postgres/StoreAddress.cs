using Npgsql;

namespace Marsad.Corpus.Postgres;

/// <summary>
/// Where a store is: a data folder (the embedded default) or a PostgreSQL database, named by a URI
/// (<c>postgres://user:password@host:port/database</c>) or an Npgsql connection string (<c>Host=…;Database=…</c>).
/// </summary>
public static class StoreAddress
{
    /// <summary>Whether <paramref name="store"/> names a PostgreSQL database rather than a folder.</summary>
    public static bool IsPostgres(string? store) =>
        store is not null && (store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || store.StartsWith("Host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string of a PostgreSQL address; a bad address throws <see cref="FormatException"/> naming it.</summary>
    public static string ConnectionString(string store)
    {
        if (store.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)) return new NpgsqlConnectionStringBuilder(store).ConnectionString;
        if (!Uri.TryCreate(store, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new FormatException($"'{Redacted(store)}' is not a PostgreSQL address (postgres://user@host:port/database)");
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? Uri.UnescapeDataString(db) : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2) b[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
        }
        return b.ConnectionString;
    }

    /// <summary>The address without its password, for messages.</summary>
    public static string Redacted(string store)
    {
        if (store.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            try { var b = new NpgsqlConnectionStringBuilder(store) { Password = null }; return b.ConnectionString; }
            catch (ArgumentException) { return "Host=…"; }
        }
        return Uri.TryCreate(store, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? store.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":…", StringComparison.Ordinal)
            : store;
    }
}
