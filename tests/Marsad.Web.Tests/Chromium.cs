using Marsad.Tests;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// Debian's chromium driven by Playwright (never a downloaded browser), for the browser tests; skips them with a
/// message when chromium is not on PATH. Screenshots go to artifacts/screenshots/ at the repository root.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static async Task<Chromium> LaunchAsync()
    {
        var c = new Chromium();
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "chromium")).FirstOrDefault(File.Exists);
        if (path is null) return c;
        c._playwright = await Playwright.CreateAsync();
        c._browser = await c._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Args });
        return c;
    }

    /// <summary>A new page (Arabic locale; 1280 px wide unless <paramref name="width"/>), or skips the test without chromium.</summary>
    public async Task<IPage> NewPage(int width = 1280, int height = 900, bool downloads = false)
    {
        Skip.If(_browser is null, "needs Debian's chromium on PATH (apt-get install chromium); .ci/run installs it");
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "ar", ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = downloads,
        });
        page.Dialog += (_, dialog) => throw new InvalidOperationException("a dialog opened: " + dialog.Message);
        return page;
    }

    public static async Task Screenshot(IPage page, string name, bool fullPage = true)
    {
        var dir = Path.Combine(SharedData.RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
