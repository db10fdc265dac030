using Microsoft.Data.Sqlite;

namespace Marsad.Corpus.Store;

/// <summary>
/// Why writing a data folder failed, when the cause is the disk or the folder (full, read-only, not permitted)
/// rather than a bug: one short reason for the one line a user reads.
/// </summary>
public static class StorageFailure
{
    /// <summary>ERROR_DISK_FULL as .NET reports it.</summary>
    private const int DiskFull = unchecked((int)0x80070070);

    /// <summary>The reason, or null when <paramref name="e"/> is not a storage failure.</summary>
    public static string? Reason(Exception e) => e switch
    {
        AggregateException a when a.InnerExceptions.Count == 1 => Reason(a.InnerExceptions[0]),
        SqliteException { SqliteErrorCode: 13 } => "the disk is full",
        SqliteException { SqliteErrorCode: 8 or 10 or 14 } s => s.Message,
        UnauthorizedAccessException => "permission denied",
        IOException io when io.HResult == DiskFull || io.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) => "the disk is full",
        IOException io when io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "read-only file system",
        IOException io => io.Message,
        _ => null,
    };
}
