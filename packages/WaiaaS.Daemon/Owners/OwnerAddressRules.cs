using System.Diagnostics.CodeAnalysis;
using WaiaaS.Adapters.Evm;
using WaiaaS.Adapters.Solana;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// What an owner address looks like per chain, and its one stored form: Solana = base58 of a 32-byte public key
/// (re-encoded, so no alternative spelling survives); EVM = the EIP-55 checksum form (lower- or upper-case input is
/// accepted, mixed case must carry a valid checksum).
/// </summary>
public static class OwnerAddressRules
{
    /// <summary>Parses <paramref name="address"/> for <paramref name="chain"/> and returns its normalized form.</summary>
    public static bool TryNormalize(ChainType chain, [NotNullWhen(true)] string? address, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrEmpty(address) || address.Trim().Length != address.Length)
        {
            return false;
        }

        switch (chain)
        {
            case ChainType.Solana when SolanaAddress.TryParse(address, out var solana):
                normalized = solana.ToString();
                return true;
            case ChainType.Ethereum when EvmAddress.TryParse(address, out var bytes):
                normalized = EvmAddress.ToChecksum(bytes);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Whether two owner addresses of <paramref name="chain"/> are the same account (EVM: case-insensitive).</summary>
    public static bool SameAddress(ChainType chain, string? left, string? right) =>
        TryNormalize(chain, left, out var a) && TryNormalize(chain, right, out var b) && string.Equals(a, b, StringComparison.Ordinal);

    /// <summary>The normalized address, or <see cref="ErrorCodes.InvalidOwnerAddress"/> naming the expected format.</summary>
    public static Result<string> Validate(ChainType chain, string? address) =>
        TryNormalize(chain, address, out var normalized)
            ? normalized
            : new Failure(ErrorCodes.InvalidOwnerAddress, chain == ChainType.Solana
                ? "ownerAddress must be a base58 Solana public key (32 bytes)."
                : "ownerAddress must be an EVM address: 0x + 40 hex digits, with a valid EIP-55 checksum when mixed case.");
}
