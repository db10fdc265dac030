using Microsoft.Extensions.Hosting;
using System.CommandLine;
using Marsad.Web;
using Marsad.Web.Hosting;

namespace Marsad.Cli.Commands;

/// <summary>`marsad serve`: the web UI and HTTP API over a data folder, on localhost by default.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The data folder made by 'marsad ingest'", DefaultValueFactory = _ => "marsad-data" };
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var hosts = new Option<string?>("--allowed-hosts")
        {
            Description = "Host names to answer, comma-separated (default: loopback names on a loopback address, else any)",
        };
        var store = StoreAccess.StoreOption();
        var command = new Command("serve", "Serve the web UI and the HTTP API (OpenAPI at /openapi/v1.json)") { data, store, urls, hosts };
        command.SetAction(parse =>
        {
            var allowed = parse.GetValue(hosts)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string? address = parse.GetValue(store);
            bool postgres = address is not null && Marsad.Corpus.Postgres.StoreAddress.IsPostgres(address);
            var options = new WebOptions
            {
                DataDirectory = address is not null && !postgres ? address : parse.GetValue(data)!,
                Store = postgres ? address : null,
                Urls = parse.GetValue(urls)!,
                AllowedHosts = allowed,
            };
            return Run(options, Console.Error);
        });
        return command;
    }

    /// <summary>Serves until stopped; an address in use or a folder that cannot be read is one line, not a stack trace.</summary>
    public static int Run(WebOptions options, TextWriter stderr)
    {
        try
        {
            var app = MarsadWebApp.Create(options);
            app.Start();
            string what = options.Store is { } s ? Marsad.Corpus.Postgres.StoreAddress.Redacted(s) : Path.GetFullPath(options.DataDirectory);
            stderr.WriteLine($"marsad: serving {what} on {options.Urls} (Ctrl+C to stop)");
            app.WaitForShutdown();
            return CommandRunner.Ok;
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"marsad: cannot listen on {options.Urls}: the address is in use (another server?); choose another with --urls");
            return CommandRunner.SomeFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            stderr.WriteLine($"marsad: cannot serve {options.DataDirectory} on {options.Urls}: {e.Message}");
            return CommandRunner.SomeFailed;
        }
    }
}
