using WaiaaS.Core.Chains;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Wallets;

/// <summary>Maps stored wallets to the API shape.</summary>
internal static class WalletMapping
{
    public static WalletResponse ToResponse(this WalletEntity wallet) => new(
        wallet.Id,
        wallet.Name,
        wallet.Chain.ToWireName(),
        wallet.Environment.ToWireName(),
        wallet.Address,
        wallet.PublicKey,
        UpperSnakeEnumConverter<WalletStatus>.Format(wallet.Status),
        wallet.OwnerAddress,
        UpperSnakeEnumConverter<OwnerState>.Format(wallet.OwnerState),
        wallet.SuspensionReason,
        wallet.SuspendedAt,
        wallet.TerminatedAt,
        wallet.PurgedAt,
        wallet.CreatedAt,
        wallet.UpdatedAt);
}
