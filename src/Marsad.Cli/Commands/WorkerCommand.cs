using System.CommandLine;
using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Queue;

namespace Marsad.Cli.Commands;

/// <summary>`marsad worker --store postgres://… --queue amqp://…`: analyse queued articles and store them, on any number of machines.</summary>
public static class WorkerCommand
{
    /// <summary>MARSAD_WORKER_KILL_AFTER=N: the worker kills itself (SIGKILL) after its Nth committed write, before acknowledging it (the kill test).</summary>
    public const string KillVariable = "MARSAD_WORKER_KILL_AFTER";

    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = "The PostgreSQL store (postgres://user@host:port/db or Host=…)", Required = true };
        var queue = new Option<string>("--queue") { Description = "The RabbitMQ queue (amqp://user:password@host:port/vhost, ?queue=NAME)", Required = true };
        var threads = new Option<int>("--threads") { Description = "Articles analysed at once (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var idle = new Option<double?>("--exit-when-idle") { Description = "Exit after this many seconds with an empty queue and every stored article related (default: run until stopped)" };
        var command = new Command("worker", "Take articles from a RabbitMQ queue, analyse them and write them to a PostgreSQL store") { store, queue, threads, idle };
        command.SetAction(parse => Run(parse.GetValue(store)!, parse.GetValue(queue)!, new WorkerOptions
        {
            Threads = Math.Max(1, parse.GetValue(threads)),
            ExitWhenIdle = parse.GetValue(idle) is { } s ? TimeSpan.FromSeconds(Math.Max(0, s)) : null,
            AfterWrite = KillAfter(),
        }, Console.Error));
        return command;
    }

    public static int Run(string store, string queueAddress, WorkerOptions options, TextWriter stderr)
    {
        if (!StoreAddress.IsPostgres(store))
        {
            stderr.WriteLine($"marsad: worker needs a PostgreSQL --store (postgres://… or Host=…), not '{store}'");
            return CommandRunner.UsageError;
        }
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        try
        {
            using var postgres = PostgresStore.Open(store);
            var queue = WorkQueue.ConnectAsync(queueAddress, $"marsad worker {Environment.MachineName}:{Environment.ProcessId}").GetAwaiter().GetResult();
            try
            {
                var worker = new QueueWorker(postgres, queue, MarsadPipeline.Default, options);
                worker.Error += e => stderr.WriteLine($"marsad: {e}");
                var r = worker.RunAsync(stop.Token).GetAwaiter().GetResult();
                stderr.WriteLine($"marsad: worker analysed {r.Analysed:N0} articles, stored {r.Stored:N0} new, dead-lettered {r.DeadLettered:N0}, related {r.Related:N0}; the store holds {postgres.Count:N0} articles; cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} s");
                return CommandRunner.Ok;
            }
            finally { queue.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
        }
        catch (Exception e) when (ScaleOutFailure.Reason(e, store, queueAddress) is { } reason)
        {
            stderr.WriteLine($"marsad: {reason}");
            return CommandRunner.SomeFailed;
        }
    }

    private static Action<long>? KillAfter()
    {
        if (!long.TryParse(Environment.GetEnvironmentVariable(KillVariable), out long n) || n < 1) return null;
        return written => { if (written >= n) Process.GetCurrentProcess().Kill(); };
    }
}
