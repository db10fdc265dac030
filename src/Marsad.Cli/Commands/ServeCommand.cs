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
        var command = new Command("serve", "Serve the web UI and the HTTP API (OpenAPI at /openapi/v1.json)") { data, urls };
        command.SetAction(parse =>
        {
            var options = new WebOptions { DataDirectory = parse.GetValue(data)!, Urls = parse.GetValue(urls)! };
            var app = MarsadWebApp.Create(options);
            Console.Error.WriteLine($"marsad: serving {Path.GetFullPath(options.DataDirectory)} on {options.Urls} (Ctrl+C to stop)");
            app.Run();
            return CommandRunner.Ok;
        });
        return command;
    }
}
