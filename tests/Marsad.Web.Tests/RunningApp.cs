using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests;

/// <summary>The real web app started on the address its options name (a free loopback port with :0), and a client for it.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(WebApplication app, HttpClient http) => (App, Http) = (app, http);

    public WebApplication App { get; }
    public HttpClient Http { get; }

    /// <param name="configure">Endpoints a test adds before the app starts (e.g. one that fails).</param>
    public static async Task<RunningApp> StartAsync(WebOptions options, Action<WebApplication>? configure = null)
    {
        var app = MarsadWebApp.Create(options);
        configure?.Invoke(app);
        await app.StartAsync();
        string url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningApp(app, new HttpClient { BaseAddress = new Uri(url) });
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
