namespace WaiaaS.Sdk;

/// <summary>
/// Signs owner messages (supplied by the caller: a hardware wallet, a browser wallet bridge, a key in a vault). EVM:
/// EIP-191 <c>personal_sign</c> over the UTF-8 message, <c>0x</c> + 130 hex digits. Solana: Ed25519 over the UTF-8
/// message, base58 or padded base64.
/// </summary>
public interface IWaiaasOwnerSigner
{
    /// <summary>The owner address the signatures belong to.</summary>
    string Address { get; }

    /// <summary>Signs <paramref name="message"/> (the exact text; the SDK encodes it for the header).</summary>
    /// <param name="message">The message text.</param>
    /// <param name="cancellationToken">Cancels the signing.</param>
    /// <returns>The signature in its wire form.</returns>
    ValueTask<string> SignMessageAsync(string message, CancellationToken cancellationToken);
}
