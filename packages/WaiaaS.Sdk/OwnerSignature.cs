namespace WaiaaS.Sdk;

/// <summary>An owner's signature over a message, as the three <c>X-Owner-*</c> headers carry it.</summary>
/// <param name="Address">The owner address (<c>X-Owner-Address</c>).</param>
/// <param name="Message">The signed message text (sent base64-encoded in <c>X-Owner-Message</c>).</param>
/// <param name="Signature">The signature (<c>X-Owner-Signature</c>): EVM <c>0x</c> + 130 hex; Solana base58 or base64.</param>
public sealed record OwnerSignature(string Address, string Message, string Signature);
