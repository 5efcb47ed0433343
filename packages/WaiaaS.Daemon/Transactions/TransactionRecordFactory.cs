using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using WaiaaS.Core;
using WaiaaS.Core.Policies;
using WaiaaS.Core.Transactions;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Writes a request into its <c>transactions</c> row, and places it after the policy stage: PENDING for INSTANT and
/// NOTIFY, QUEUED with a due time for DELAY, QUEUED with a <c>pending_approvals</c> row (single-use nonce, expiry) for
/// APPROVAL.
/// </summary>
internal sealed class TransactionRecordFactory(TimeProvider time, ApprovalMessages messages)
{
    public TransactionEntity Create(ResolvedRequest request, TransactionCaller caller, string? idempotencyKey)
    {
        var now = WaiaasDatabase.UnixNow(time);
        var command = request.Command;
        var metadata = new JsonObject();
        if (command.Memo is not null)
        {
            metadata["memo"] = command.Memo;
        }

        if (request.Intent.Decimals is { } decimals)
        {
            metadata["decimals"] = decimals;
        }

        if (request.Intent.Symbol is { } symbol)
        {
            metadata["symbol"] = symbol;
        }

        if (command.Accounts.Count > 0)
        {
            metadata["accounts"] = new JsonArray([.. command.Accounts.Select(a => (JsonNode)new JsonObject
            {
                ["address"] = a.Address,
                ["isSigner"] = a.IsSigner,
                ["isWritable"] = a.IsWritable,
            })]);
        }

        return new TransactionEntity
        {
            Id = WaiaasDatabase.NewId(time),
            WalletId = request.Wallet.Id,
            SessionId = caller.SessionId,
            Network = request.Intent.Network,
            Type = request.Intent.Type.ToWireName(),
            ToAddress = request.Intent.To,
            Amount = request.Intent.Amount.ToString(CultureInfo.InvariantCulture),
            Token = request.Intent.Token,
            Contract = request.Intent.Contract,
            Calldata = command.Data.Length == 0 ? null : Convert.ToHexStringLower(command.Data.Span),
            Status = TransactionStatus.Pending.ToWireName(),
            IdempotencyKey = idempotencyKey,
            ReservedAmount = request.Intent.Amount.ToString(CultureInfo.InvariantCulture),
            AmountUsd = request.Intent.AmountUsd is { } usd ? (double)usd : null,
            RequestHash = command.RequestHash,
            Metadata = metadata.Count == 0 ? null : metadata.ToJsonString(),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public static JsonObject RequestedDetails(ResolvedRequest request) => new()
    {
        ["type"] = request.Intent.Type.ToWireName(),
        ["network"] = request.Intent.Network,
        ["to"] = request.Intent.To,
        ["amount"] = request.Intent.Amount.ToString(CultureInfo.InvariantCulture),
        ["token"] = request.Intent.Token,
        ["amountUsd"] = request.Intent.AmountUsd,
    };

    /// <summary>Sets the tier and the waiting state; returns the approval row for APPROVAL.</summary>
    public PendingApprovalEntity? Place(WaiaasDbContext db, WalletEntity wallet, TransactionEntity row, PolicyDecision outcome)
    {
        var now = WaiaasDatabase.UnixNow(time);
        row.Tier = outcome.Tier.ToWireName();
        row.AmountUsd = outcome.ReserveUsd is { } usd ? (double)usd : null;
        switch (outcome.Tier)
        {
            case PolicyTier.Delay:
                row.Status = TransactionStatus.Queued.ToWireName();
                row.QueuedAt = now;
                row.ExecuteAfter = now + outcome.DelaySeconds;
                return null;
            case PolicyTier.Approval:
                row.Status = TransactionStatus.Queued.ToWireName();
                row.QueuedAt = now;
                var approval = new PendingApprovalEntity
                {
                    Id = WaiaasDatabase.NewId(time),
                    TxId = row.Id,
                    Nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                    ExpiresAt = now + outcome.ApprovalTimeoutSeconds,
                    CreatedAt = now,
                };
                approval.Message = messages.For(wallet, row, approval, OwnerAction.Approve);
                db.PendingApprovals.Add(approval);
                return approval;
            default:
                row.Status = TransactionStatus.Pending.ToWireName();
                return null;
        }
    }
}
