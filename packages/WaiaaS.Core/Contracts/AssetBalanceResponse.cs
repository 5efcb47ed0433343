namespace WaiaaS.Core.Contracts;

/// <summary>One asset balance of a wallet: amount in base units (string) and in human units.</summary>
/// <param name="Token">Token address/mint; null for the native coin.</param>
/// <param name="Symbol">Symbol when known.</param>
/// <param name="Decimals">Decimals.</param>
/// <param name="Balance">Base units, as a string.</param>
/// <param name="HumanBalance">The same as a decimal string.</param>
/// <param name="IsNative">Whether this is the chain's native coin.</param>
public sealed record AssetBalanceResponse(string? Token, string? Symbol, int Decimals, string Balance, string HumanBalance, bool IsNative);
