using WaiaaS.Core.Chains;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// An authenticated owner request: the signature in <c>X-Owner-Signature</c> is <see cref="Address"/>'s over
/// <see cref="Message"/>. What the message must say (nonce, action, transaction) is the endpoint's to check.
/// Read it in an endpoint with <c>HttpContext.Features.Get&lt;OwnerCredential&gt;()</c>.
/// </summary>
/// <param name="Chain">The chain of the owner's wallet(s).</param>
/// <param name="Address">The owner address, normalized (EIP-55 / base58).</param>
/// <param name="Message">The signed message text (decoded from <c>X-Owner-Message</c>).</param>
/// <param name="Signature">The signature as sent.</param>
/// <param name="WalletId">The wallet resolved from the route, or null for <see cref="OwnerAuthScope.AnyVerifiedOwner"/>.</param>
public sealed record OwnerCredential(ChainType Chain, string Address, string Message, string Signature, string? WalletId);
