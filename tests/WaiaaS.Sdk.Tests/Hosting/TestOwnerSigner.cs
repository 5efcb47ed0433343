using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Sdk.Tests.Hosting;

/// <summary>An <see cref="IWaiaasOwnerSigner"/> over a real test key; <see cref="Corrupt"/> makes it sign something else.</summary>
internal sealed class TestOwnerSigner(OwnerTestKey key) : IWaiaasOwnerSigner
{
    public bool Corrupt { get; set; }

    public int Signed { get; private set; }

    public string Address => key.Address;

    public ValueTask<string> SignMessageAsync(string message, CancellationToken cancellationToken)
    {
        Signed++;
        return ValueTask.FromResult(key.Sign(Corrupt ? message + " (altered)" : message));
    }
}
