namespace WaiaaS.Adapters.Evm.Tests.Rpc;

/// <summary>HttpClients for tests (shipped code receives its client by injection).</summary>
internal static class TestHttp
{
#pragma warning disable RS0030 // The ban targets shipped code; tests own their handlers.
    public static HttpClient Client(HttpMessageHandler handler) => new(handler, disposeHandler: true);

    public static HttpClient Loopback() => new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) }, disposeHandler: true);
#pragma warning restore RS0030
}
