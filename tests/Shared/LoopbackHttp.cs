namespace WaiaaS.Tests.Shared;

/// <summary>HttpClients for test peers on loopback; each is disposed by its owner.</summary>
internal static class LoopbackHttp
{
#pragma warning disable RS0030 // the one place shared test peers create an HttpClient
    public static HttpClient Create() => new() { Timeout = TimeSpan.FromSeconds(30) };
#pragma warning restore RS0030
}
