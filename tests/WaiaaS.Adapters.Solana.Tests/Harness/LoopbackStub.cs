using System.Net;
using System.Net.Sockets;
using System.Text;

namespace WaiaaS.Adapters.Solana.Tests.Harness;

/// <summary>
/// A raw TCP listener on 127.0.0.1 that answers every connection with a fixed byte response (or drops it), counting
/// connections: misbehaving RPC endpoints for the error-classification tests.
/// </summary>
internal sealed class LoopbackStub : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    private LoopbackStub(string? response)
    {
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = AcceptAsync(response is null ? null : System.Text.Encoding.ASCII.GetBytes(response));
    }

    public Uri Url { get; }

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Accepts, reads the request head, then closes without answering.</summary>
    public static LoopbackStub DroppingConnections() => new(null);

    /// <summary>Answers each request with an HTTP response.</summary>
    public static LoopbackStub Answering(int status, string reason, string body) =>
        new($"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}");

    /// <summary>A loopback URL on which nothing listens (a port bound and released again).</summary>
    public static Uri ClosedEndpoint()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

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

        _stop.Dispose();
    }

    private async Task AcceptAsync(byte[]? response)
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            var stream = client.GetStream();
            var buffer = new byte[8192];
            var head = new StringBuilder();
            while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                head.Append(System.Text.Encoding.ASCII.GetString(buffer, 0, read));
            }

            if (response is not null)
            {
                await stream.WriteAsync(response, _stop.Token);
            }

            client.Client.LingerState = new LingerOption(true, 0); // a reset, not a graceful close, when dropping
        }
    }
}
