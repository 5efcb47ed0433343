using System.Text.Json;

namespace WaiaaS.Adapters.Evm.Tests.Crypto;

/// <summary>Reference values generated at test time by tests/node/evm/reference-vectors.mjs (@noble/hashes, @noble/curves).</summary>
public sealed class NobleReferenceFixture : IAsyncLifetime
{
    public JsonDocument Document { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Document = JsonDocument.Parse(await NodeScript.RunAsync(Path.Combine("evm", "reference-vectors.mjs")));

    public Task DisposeAsync()
    {
        Document.Dispose();
        return Task.CompletedTask;
    }
}
