using System.Net;
using System.Text;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// A JSON body that reports when the client starts sending it, then holds back until <see cref="Release"/>. With
/// <c>Expect: 100-continue</c> the client only starts once the server asked for the body, so <see cref="Requested"/>
/// completing means the request is being handled by the daemon.
/// </summary>
internal sealed class GatedJsonContent : HttpContent
{
    private readonly byte[] _body;
    private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GatedJsonContent(string json)
    {
        _body = Encoding.UTF8.GetBytes(json);
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    }

    public Task Requested => _requested.Task;

    public void Release() => _released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        _requested.TrySetResult();
        await _released.Task;
        await stream.WriteAsync(_body);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _body.Length;
        return true;
    }
}
