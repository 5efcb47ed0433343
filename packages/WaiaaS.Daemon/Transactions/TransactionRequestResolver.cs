using System.Numerics;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Amounts;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Transactions;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Chains;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Resolves a parsed request against the caller's wallets, the network and the chain's address rules, converts
/// <c>humanAmount</c> to base units and prices the amount in USD. Token decimals and symbols come from the operator's
/// token registry or the chain, never from the agent's claim (an agent could otherwise call an expensive token cheap).
/// </summary>
internal sealed class TransactionRequestResolver(
    IDbContextFactory<WaiaasDbContext> contexts,
    ChainRouter chains,
    UsdValuation valuation)
{
    private static readonly BigInteger MaxUint256 = (BigInteger.One << 256) - 1;

    public async Task<Result<ResolvedRequest>> ResolveAsync(SendCommand command, TransactionCaller caller, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var found = await CallerWallet.FindAsync(db, caller, command.WalletId, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Failure;
        }

        var wallet = found.Value!;
        if (wallet.Status != WalletStatus.Active)
        {
            return new Failure(
                wallet.Status == WalletStatus.Suspended ? ErrorCodes.WalletSuspended : ErrorCodes.WalletTerminated,
                wallet.Status == WalletStatus.Suspended ? $"the wallet is suspended: {wallet.SuspensionReason}." : "the wallet is terminated.");
        }

        var endpoint = chains.Resolve(wallet.Chain, wallet.Environment, command.Network);
        if (!endpoint.Succeeded)
        {
            return endpoint.Failure;
        }

        var adapter = chains.Adapter(wallet.Chain);
        var to = Canonical(wallet.Chain, command.To);
        if (!adapter.IsValidAddress(to))
        {
            return new Failure(ErrorCodes.ValidationFailed, $"'{command.To}' is not a valid {wallet.Chain.ToWireName()} address.");
        }

        string? token = null;
        TokenRegistryEntity? registered = null;
        if (command.Token is not null)
        {
            token = Canonical(wallet.Chain, command.Token);
            if (!adapter.IsValidAddress(token))
            {
                return new Failure(ErrorCodes.ValidationFailed, $"token '{command.Token}' is not a valid {wallet.Chain.ToWireName()} address.");
            }

            var network = endpoint.Value!.Network.Id;
            registered = await db.TokenRegistry.AsNoTracking()
                .FirstOrDefaultAsync(t => t.Network == network && t.Address == token, cancellationToken).ConfigureAwait(false);
        }

        var decimals = token is null ? NativeDecimals(wallet.Chain) : registered?.Decimals;
        var amount = command.Amount;
        if (amount is null)
        {
            decimals ??= command.TokenDecimals;
            if (decimals is null)
            {
                return new Failure(ErrorCodes.ValidationFailed, "humanAmount needs the token's decimals: give token {address, decimals} or send amount in base units.");
            }

            amount = DecimalAmount.ToBaseUnits(command.HumanAmount!, decimals.Value);
            if (amount is null)
            {
                return new Failure(ErrorCodes.ValidationFailed, $"humanAmount '{command.HumanAmount}' has more than {decimals} decimal places.");
            }
        }

        var symbol = token is null ? NativeSymbol(wallet.Chain, endpoint.Value!.Network) : registered?.Symbol;
        var intent = new TransactionIntent
        {
            WalletId = wallet.Id,
            Chain = wallet.Chain,
            Network = endpoint.Value!.Network.Id,
            Type = command.Type,
            To = to,
            Amount = amount.Value,
            Token = token,
            Contract = command.Type == TransactionType.ContractCall ? to : null,
            Selector = command.Type == TransactionType.ContractCall && wallet.Chain == ChainType.Ethereum && command.Data.Length >= 4
                ? "0x" + Convert.ToHexStringLower(command.Data.Span[..4])
                : null,
            IsUnlimitedApproval = command.Type == TransactionType.Approve
                && amount.Value >= (wallet.Chain == ChainType.Ethereum ? MaxUint256 : ulong.MaxValue),
            Decimals = decimals,
            Symbol = symbol,
        };
        intent = intent with { AmountUsd = await valuation.ValueAsync(intent, cancellationToken).ConfigureAwait(false) };
        return new ResolvedRequest(wallet, endpoint.Value, intent, command with { Amount = amount, To = to, Token = token });
    }

    /// <summary>Native decimals: 9 for SOL (lamports), 18 for ether (wei).</summary>
    public static int NativeDecimals(ChainType chain) => chain == ChainType.Solana ? 9 : 18;

    private static string NativeSymbol(ChainType chain, NetworkInfo network) =>
        chain == ChainType.Solana ? "SOL" : network.Id.StartsWith("polygon-", StringComparison.Ordinal) ? "POL" : "ETH";

    private static string Canonical(ChainType chain, string address)
    {
        var trimmed = address.Trim();
        return chain == ChainType.Ethereum && Adapters.Evm.EvmAddress.IsValid(trimmed) ? Adapters.Evm.EvmAddress.Normalize(trimmed) : trimmed;
    }
}
