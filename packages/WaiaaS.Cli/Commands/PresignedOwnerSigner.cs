using WaiaaS.Sdk;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// An <see cref="IWaiaasOwnerSigner"/> for a signature made elsewhere (the CLI never holds the owner's key): it hands
/// out the given signature, and only for the message it was made for.
/// </summary>
internal sealed class PresignedOwnerSigner(OwnerSignature signature) : IWaiaasOwnerSigner
{
    public string Address => signature.Address;

    public ValueTask<string> SignMessageAsync(string message, CancellationToken cancellationToken) =>
        string.Equals(message, signature.Message, StringComparison.Ordinal)
            ? ValueTask.FromResult(signature.Signature)
            : throw new InvalidOperationException("The owner's signature was made for a different message.");
}
