using System.Net;
using Microsoft.AspNetCore.Builder;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests;

/// <summary>What a hostile page or client sees: no answer to foreign Host names, and errors that leak nothing.</summary>
public sealed class HostileClientTests
{
    /// <summary>The app with one more endpoint: a fault deep in a page whose message names a server path, as an IOException's would.</summary>
    private static Task<RunningApp> StartAsync(WebOptions options) => RunningApp.StartAsync(options, app =>
        app.MapGet("/fault", string () => throw new InvalidOperationException("cannot read /srv/secret/marsad-data/articles.db")));

    /// <summary>A data folder with no corpus yet: the pages still answer (and the OS cleans the temp folder).</summary>
    private static string EmptyFolder() => Directory.CreateTempSubdirectory("marsad-web-hostile-").FullName;

    private static WebOptions Loopback(string data) => new() { DataDirectory = data, Urls = "http://127.0.0.1:0" };

    [Fact]
    public async Task A_loopback_server_refuses_foreign_host_names()
    {
        await using var running = await StartAsync(Loopback(EmptyFolder()));
        var http = running.Http;

        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "evil.example" } };
        using var refused = await http.SendAsync(rebound);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("nosniff", Assert.Single(refused.Headers.GetValues("X-Content-Type-Options")));

        foreach (var host in (string[])["localhost", "127.0.0.1"])
        {
            using var ok = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = host } });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
    }

    [Fact]
    public async Task Named_hosts_are_answered_and_others_refused()
    {
        await using var running = await StartAsync(Loopback(EmptyFolder()) with { AllowedHosts = ["marsad.example.org"] });
        var http = running.Http;
        using var named = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "marsad.example.org" } });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        using var other = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "localhost" } });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public void A_public_address_answers_any_name_unless_told()
    {
        Assert.Equal(["*"], AllowedHosts.For(new WebOptions { Urls = "http://0.0.0.0:5000" }));
        Assert.Equal(["*"], AllowedHosts.For(new WebOptions { Urls = "http://*:5000" }));
        Assert.Contains("localhost", AllowedHosts.For(new WebOptions { Urls = "http://localhost:5000;http://[::1]:5000" }));
        Assert.Equal(["news.example"], AllowedHosts.For(new WebOptions { Urls = "http://0.0.0.0:80", AllowedHosts = ["news.example"] }));
    }

    [Fact]
    public async Task A_server_error_keeps_the_security_headers_and_leaks_no_path_or_trace()
    {
        await using var running = await StartAsync(Loopback(EmptyFolder()));
        var http = running.Http;
        using var response = await http.GetAsync("/fault");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("script-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("/srv/secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }
}
