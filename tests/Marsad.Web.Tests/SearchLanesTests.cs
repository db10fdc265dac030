using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>The costly lane: one costly search at a time, a short queue, the rest refused at once.</summary>
public sealed class SearchLanesTests
{
    [Fact]
    public async Task One_costly_search_runs_two_wait_and_the_next_is_refused()
    {
        var lanes = new SearchLanes();
        var release = new TaskCompletionSource<string>();
        int started = 0;
        Task<string> Costly() { Interlocked.Increment(ref started); return release.Task; }

        var running = lanes.RunCostlyAsync(Costly);
        var waiting = new[] { lanes.RunCostlyAsync(Costly), lanes.RunCostlyAsync(Costly) };
        Assert.False((await lanes.RunCostlyAsync(Costly)).Admitted); // refused without running
        Assert.Equal(1, started);

        release.SetResult("done");
        Assert.Equal((true, "done"), await running);
        Assert.All(await Task.WhenAll(waiting), r => Assert.Equal((true, "done"), r));
        Assert.Equal(3, started);
        Assert.Equal((true, "done"), await lanes.RunCostlyAsync(Costly)); // the lane is free again
    }
}
