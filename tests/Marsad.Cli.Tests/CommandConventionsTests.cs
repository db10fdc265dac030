using System.CommandLine;
using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

/// <summary>What the command line promises a user: a mistyped option is a usage error, not a file.</summary>
public sealed class CommandConventionsTests
{
    [Fact]
    public void A_mistyped_option_is_a_usage_error_naming_it_not_a_missing_file()
    {
        var stderr = new StringWriter();
        int code = CommandRunner.Run(new RootCommand { AnalyzeCommand.Create() }, ["analyze", "--pubished", "2015-01-01", "x.txt"], stderr);
        Assert.Equal(CommandRunner.UsageError, code);
        Assert.Contains("unknown option '--pubished' for 'analyze'", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_takes_several_words_without_quotes()
    {
        var stderr = new StringWriter();
        string missing = Path.Combine(Path.GetTempPath(), "marsad-no-store-" + Guid.NewGuid().ToString("N"));
        int code = CommandRunner.Run(new RootCommand { SearchCommand.Create() }, ["search", "لافروف", "موسكو", "--data", missing], stderr);
        // the words are one query: the only complaint is the missing store, not an unexpected argument
        Assert.Equal(CommandRunner.SomeFailed, code);
        Assert.DoesNotContain("Unrecognized", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_on_an_address_in_use_says_so_in_one_line()
    {
        using var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        int port = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port;
        var stderr = new StringWriter();
        var data = Directory.CreateTempSubdirectory("marsad-serve-busy-").FullName;
        try
        {
            int code = ServeCommand.Run(new Marsad.Web.Hosting.WebOptions { DataDirectory = data, Urls = $"http://127.0.0.1:{port}" }, stderr);
            Assert.Equal(CommandRunner.SomeFailed, code);
            var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("the address is in use", line, StringComparison.Ordinal);
        }
        finally { Directory.Delete(data, recursive: true); }
    }
}
