namespace Marsad.Corpus.Watch;

/// <summary>
/// The politeness of one host: at most N requests in flight, and request starts at least a delay apart.
/// Waiters are served in arrival order (SemaphoreSlim is not strictly fair, but the spacing is kept either way).
/// </summary>
internal sealed class HostGate(int connections)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, connections));
    private readonly object _clock = new();
    private DateTime _nextStart = DateTime.MinValue;

    /// <summary>Waits for a slot and for the host's turn; dispose the result when the request is over.</summary>
    public async Task<IDisposable> EnterAsync(TimeSpan spacing, CancellationToken cancel)
    {
        await _slots.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (_clock)
            {
                var now = DateTime.UtcNow;
                var start = _nextStart > now ? _nextStart : now;
                _nextStart = start + spacing;
                wait = start - now;
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel).ConfigureAwait(false);
            return new Release(_slots);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private sealed class Release(SemaphoreSlim slots) : IDisposable
    {
        private int _done;
        public void Dispose() { if (Interlocked.Exchange(ref _done, 1) == 0) slots.Release(); }
    }
}
