using System.Net;
using System.Text;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// A JSON body that reports when the client starts sending it, then holds the JSON back until <see cref="Release"/>.
/// With <c>Expect: 100-continue</c> the client only starts once the server asked for the body, so
/// <see cref="Requested"/> completing means the daemon's endpoint is reading it. While held, leading whitespace
/// (valid JSON) trickles out so Kestrel's minimum request body data rate (240 B/s after 5 s) is never the reason the
/// request ends.
/// </summary>
internal sealed class GatedJsonContent : HttpContent
{
    private const int TrickleChunk = 1024;

    private readonly byte[] _json;
    private readonly int _padding;
    private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="json">The body.</param>
    /// <param name="padding">Bytes of leading whitespace available for trickling (0: nothing is sent until released).</param>
    public GatedJsonContent(string json, int padding = 0)
    {
        _json = Encoding.UTF8.GetBytes(json);
        _padding = padding;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    }

    public Task Requested => _requested.Task;

    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        _requested.TrySetResult();
        var whitespace = new byte[TrickleChunk];
        Array.Fill(whitespace, (byte)' ');
        var sent = 0;
        while (!_released.Task.IsCompleted && sent + TrickleChunk <= _padding)
        {
            await stream.WriteAsync(whitespace);
            await stream.FlushAsync();
            sent += TrickleChunk;
            await Task.WhenAny(_released.Task, Task.Delay(100));
        }

        await _released.Task;
        for (; sent < _padding; sent += Math.Min(TrickleChunk, _padding - sent))
        {
            await stream.WriteAsync(whitespace.AsMemory(0, Math.Min(TrickleChunk, _padding - sent)));
        }

        await stream.WriteAsync(_json);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _padding + _json.Length;
        return true;
    }
}
