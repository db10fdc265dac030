using System.CommandLine;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Store;

namespace Marsad.Cli.Commands;

/// <summary>`marsad migrate --from DIR --to postgres://…`: moves an embedded store into PostgreSQL (docs/deployment.md).</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The data folder to copy", Required = true };
        var to = new Option<string>("--to") { Description = "An empty PostgreSQL store (postgres://user@host:port/db or Host=…)", Required = true };
        var command = new Command("migrate", "Copy an embedded store (articles, analyses, copies, stories) into an empty PostgreSQL store") { from, to };
        command.SetAction(parse => Run(parse.GetValue(from)!, parse.GetValue(to)!, Console.Error));
        return command;
    }

    public static int Run(string from, string to, TextWriter stderr)
    {
        if (!StoreAddress.IsPostgres(to)) { stderr.WriteLine($"marsad: --to needs a PostgreSQL address (postgres://… or Host=…), not '{to}'"); return CommandRunner.UsageError; }
        CorpusFolder folder;
        try { folder = CorpusFolder.OpenForReading(from); }
        catch (DirectoryNotFoundException e) { stderr.WriteLine($"marsad: {e.Message}"); return CommandRunner.SomeFailed; }
        using (folder)
        {
            try
            {
                using var store = PostgresStore.Open(to);
                long total = folder.Store.Count;
                var last = DateTime.UtcNow;
                long copied = PostgresMigration.Run(folder.Store, store, n =>
                {
                    if ((DateTime.UtcNow - last).TotalSeconds < 5) return;
                    last = DateTime.UtcNow;
                    stderr.WriteLine($"marsad: {n:N0} of {total:N0} articles copied");
                });
                stderr.WriteLine($"marsad: {copied:N0} articles, their copies and stories copied from {from} to {StoreAddress.Redacted(to)}");
                return CommandRunner.Ok;
            }
            catch (InvalidOperationException e) { stderr.WriteLine($"marsad: {StoreAddress.Redacted(to)}: {e.Message}"); return CommandRunner.SomeFailed; }
            catch (Exception e) when (ScaleOutFailure.Reason(e, to, null) is { } reason) { stderr.WriteLine($"marsad: {reason}"); return CommandRunner.SomeFailed; }
        }
    }
}
