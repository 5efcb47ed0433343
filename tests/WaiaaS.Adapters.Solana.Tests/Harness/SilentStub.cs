using System.Net;
using System.Net.Sockets;

namespace WaiaaS.Adapters.Solana.Tests.Harness;

/// <summary>A loopback listener that accepts connections and never answers (for timeouts).</summary>
internal sealed class SilentStub : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private SilentStub()
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = HoldAsync();
    }

    public Uri Url { get; }

    public static SilentStub Start() => new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _held.ForEach(c => c.Dispose());
        _stop.Dispose();
    }

    private async Task HoldAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            _held.Add(await _listener.AcceptTcpClientAsync(_stop.Token));
        }
    }
}
