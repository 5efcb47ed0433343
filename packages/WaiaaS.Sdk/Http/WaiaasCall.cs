namespace WaiaaS.Sdk.Http;

/// <summary>One API call: what to send and whether repeating it is safe.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path with its query string, relative to the client's base address (no leading slash).</param>
/// <param name="Body">The JSON body, if any (serialized once, sent on every attempt).</param>
/// <param name="Retry">Whether the call may be repeated after 429/5xx/network errors.</param>
/// <param name="Headers">Adds credentials and other headers to each attempt's request.</param>
internal sealed record WaiaasCall(
    HttpMethod Method,
    string Path,
    byte[]? Body,
    bool Retry,
    Func<HttpRequestMessage, CancellationToken, ValueTask>? Headers = null)
{
    /// <summary><c>METHOD /path</c> without the query string, for messages.</summary>
    public string Describe()
    {
        var query = Path.IndexOf('?', StringComparison.Ordinal);
        return Method.Method + " /" + (query < 0 ? Path : Path[..query]);
    }
}
