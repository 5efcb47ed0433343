namespace WaiaaS.Adapters.Evm.Rpc;

/// <summary>The parts of a transaction receipt the adapter uses.</summary>
/// <param name="TransactionHash">The transaction hash.</param>
/// <param name="BlockNumber">The block it was included in.</param>
/// <param name="Succeeded">Status 1 (success) or 0 (reverted).</param>
/// <param name="GasUsed">Gas used.</param>
/// <param name="ContractAddress">The created contract, for deployments.</param>
public sealed record EvmReceipt(string TransactionHash, ulong BlockNumber, bool Succeeded, ulong GasUsed, string? ContractAddress);
