namespace WaiaaS.Adapters.Solana.Tests.Harness;

/// <summary>HttpClients for tests. Shipped code receives its HttpClient injected (hence the ban); tests own theirs.</summary>
internal static class TestHttp
{
#pragma warning disable RS0030 // the one place tests create an HttpClient; each is disposed by its owner
    public static HttpClient Create() => new();
#pragma warning restore RS0030
}
