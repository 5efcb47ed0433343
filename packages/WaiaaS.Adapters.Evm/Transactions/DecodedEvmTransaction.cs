namespace WaiaaS.Adapters.Evm.Transactions;

/// <summary>A decoded raw transaction.</summary>
/// <param name="Transaction">Its fields.</param>
/// <param name="Signature"><c>r ‖ s ‖ recoveryId</c> when signed, else null.</param>
/// <param name="From">The recovered sender (EIP-55) when signed, else null.</param>
/// <param name="Hash">The transaction hash (<c>0x</c> + Keccak-256 of the raw bytes) when signed, else null.</param>
public sealed record DecodedEvmTransaction(EvmTransaction Transaction, byte[]? Signature, string? From, string? Hash);
