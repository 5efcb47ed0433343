using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Mcp.Sessions;

namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>A temporary token folder, a fake clock, a scripted renewal client and the managers made on them.</summary>
internal sealed class ManagerHarness : IAsyncDisposable
{
    private readonly List<SessionManager> _managers = [];

    public ManagerHarness(FakeTimeProvider? time = null, ISessionRenewalClient? daemon = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "waiaas-mcp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        TokenFile = Path.Combine(Folder, "mcp-token");
        Time = time ?? new FakeTimeProvider();
        Client = new ScriptedRenewalClient(Time, daemon);
    }

    public string Folder { get; }

    public string TokenFile { get; }

    public FakeTimeProvider Time { get; }

    public ScriptedRenewalClient Client { get; }

    public ListLogger<SessionManager> Log { get; } = new();

    public DateTimeOffset Now => Time.GetUtcNow();

    public string NewToken(string sessionId, TimeSpan ttl) => TestTokens.Issue(sessionId, Now, ttl);

    public void WriteFile(string token) => Assert.Null(SessionTokenFile.Write(TokenFile, token));

    public string? ReadFile() => SessionTokenFile.Read(TokenFile).Value;

    public SessionManager Create(string? environmentToken = null, TimeProvider? time = null, ISessionRenewalClient? client = null, string? tokenFile = null)
    {
        var options = new SessionManagerOptions(tokenFile ?? TokenFile) { EnvironmentToken = environmentToken };
        var manager = new SessionManager(options, client ?? Client, time ?? Time, Log);
        _managers.Add(manager);
        return manager;
    }

    public async Task<SessionManager> StartAsync(string? environmentToken = null, TimeProvider? time = null, ISessionRenewalClient? client = null)
    {
        var manager = Create(environmentToken, time, client);
        await manager.StartAsync(CancellationToken.None);
        return manager;
    }

    /// <summary>
    /// Moves the clock, waits until the work the timers started has finished (timers fire inside Advance, so the
    /// work is registered when it returns), and checks the renewal client has now seen <paramref name="calls"/> calls.
    /// </summary>
    public async Task AdvanceUntilCallsAsync(TimeSpan by, int calls)
    {
        await AdvanceAsync(by);
        Assert.Equal(calls, Client.Calls.Count);
    }

    /// <summary>Moves the clock and waits until every manager's timer work has finished.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        foreach (var manager in _managers)
        {
            await manager.WhenIdleAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var manager in _managers)
        {
            // Disposal may wait (on the fake clock) for a renewal still in flight: keep the clock moving until it ends.
            var disposal = manager.DisposeAsync().AsTask();
            while (!disposal.IsCompleted)
            {
                Time.Advance(TimeSpan.FromSeconds(1));
                await Task.WhenAny(disposal, Task.Delay(5));
            }

            await disposal;
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Temporary folder; a leftover is harmless.
        }
    }
}
