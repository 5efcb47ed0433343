using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Wallets;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// The ownerAuth check (SPEC §6): the three headers are present and well-formed, the expected owner is resolvable
/// for the endpoint's <see cref="OwnerAuthScope"/>, the address is that owner's, and the signature is the owner's
/// over the message. <c>X-Owner-Message</c> carries the message as base64 (standard or URL-safe alphabet) of its
/// UTF-8 bytes, because owner messages span several lines and header values cannot. Binding the message to the
/// request (nonce, action, transaction) is the endpoint's job. Refusals with headers present are audited.
/// </summary>
internal sealed class OwnerAuthenticator(IDbContextFactory<WaiaasDbContext> factory, AuditLogWriter audit)
{
    public const string AddressHeader = "X-Owner-Address";
    public const string MessageHeader = "X-Owner-Message";
    public const string SignatureHeader = "X-Owner-Signature";
    private const int MaxMessageHeaderLength = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static bool HasOwnerHeaders(HttpContext context) =>
        context.Request.Headers.ContainsKey(AddressHeader) || context.Request.Headers.ContainsKey(MessageHeader) || context.Request.Headers.ContainsKey(SignatureHeader);

    /// <summary>The middleware's ownerAuth branch: on success the <see cref="OwnerCredential"/> is set as a request feature; otherwise the refusal is written.</summary>
    public async Task<bool> AuthenticateEndpointAsync(HttpContext context, Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<OwnerAuthMetadata>() is not { } metadata)
        {
            await ApiErrorResult.WriteAsync(context, ErrorCodes.Unauthorized).ConfigureAwait(false);
            return false;
        }

        var result = await AuthenticateAsync(context, metadata.Scope, context.RequestAborted).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await ApiErrorResult.WriteAsync(context, result.Failure.Error, result.Failure.Message).ConfigureAwait(false);
            return false;
        }

        context.Features.Set(result.Value);
        return true;
    }

    public async Task<Result<OwnerCredential>> AuthenticateAsync(HttpContext context, OwnerAuthScope scope, CancellationToken cancellationToken)
    {
        var address = context.Request.Headers[AddressHeader].ToString();
        var encoded = context.Request.Headers[MessageHeader].ToString();
        var signature = context.Request.Headers[SignatureHeader].ToString();
        if (address.Length == 0 || encoded.Length == 0 || signature.Length == 0)
        {
            return new Failure(ErrorCodes.Unauthorized, $"ownerAuth needs the headers {AddressHeader}, {MessageHeader} (base64 of the UTF-8 message) and {SignatureHeader}.");
        }

        var result = await CheckAsync(context, scope, address, encoded, signature, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded && result.Failure.Error != ErrorCodes.WalletNotFound)
        {
            await RecordFailureAsync(context, address, result.Failure, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<Result<OwnerCredential>> CheckAsync(HttpContext context, OwnerAuthScope scope, string address, string encoded, string signature, CancellationToken cancellationToken)
    {
        if (DecodeMessage(encoded) is not { } message)
        {
            return new Failure(ErrorCodes.Unauthorized, $"{MessageHeader} must be base64 of the UTF-8 message text.");
        }

        var owner = await ResolveAsync(context, scope, address, cancellationToken).ConfigureAwait(false);
        if (!owner.Succeeded)
        {
            return owner.Failure;
        }

        var (chain, normalized, walletId) = owner.Value;
        return OwnerSignatureVerifier.Verify(chain, normalized, message, signature)
            ? new OwnerCredential(chain, normalized, message, signature, walletId)
            : new Failure(ErrorCodes.InvalidSignature);
    }

    private async Task<Result<(ChainType Chain, string Address, string? WalletId)>> ResolveAsync(HttpContext context, OwnerAuthScope scope, string address, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var id = context.Request.RouteValues["id"] as string;
        WalletEntity? wallet = null;
        switch (scope)
        {
            case OwnerAuthScope.Wallet when id is not null:
                wallet = await db.Wallets.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken).ConfigureAwait(false);
                break;
            case OwnerAuthScope.Transaction when id is not null:
                var walletId = await db.Transactions.AsNoTracking().Where(t => t.Id == id).Select(t => t.WalletId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                if (walletId is null)
                {
                    return new Failure(ErrorCodes.NotFound, "The transaction does not exist.");
                }

                wallet = await db.Wallets.AsNoTracking().FirstOrDefaultAsync(w => w.Id == walletId, cancellationToken).ConfigureAwait(false);
                break;
            case OwnerAuthScope.AnyVerifiedOwner:
                return await AnyVerifiedOwnerAsync(db, address, cancellationToken).ConfigureAwait(false);
            default:
                return new Failure(ErrorCodes.Unauthorized, "This endpoint declares no way to find its owner.");
        }

        if (wallet is null)
        {
            return new Failure(ErrorCodes.WalletNotFound);
        }

        if (wallet.OwnerAddress is null || wallet.OwnerState == OwnerState.None)
        {
            return new Failure(ErrorCodes.OwnerNotSet);
        }

        return OwnerAddressRules.SameAddress(wallet.Chain, address, wallet.OwnerAddress)
            ? (wallet.Chain, wallet.OwnerAddress, wallet.Id)
            : new Failure(ErrorCodes.Unauthorized, $"{AddressHeader} is not the wallet's owner.");
    }

    private static async Task<Result<(ChainType Chain, string Address, string? WalletId)>> AnyVerifiedOwnerAsync(WaiaasDbContext db, string address, CancellationToken cancellationToken)
    {
        var candidates = new List<string>(2);
        foreach (var chain in new[] { ChainType.Ethereum, ChainType.Solana })
        {
            if (OwnerAddressRules.TryNormalize(chain, address, out var normalized))
            {
                candidates.Add(normalized);
            }
        }

        var match = await db.Wallets.AsNoTracking()
            .Where(w => w.OwnerState == OwnerState.Locked && w.Status != WalletStatus.Terminated && w.OwnerAddress != null && candidates.Contains(w.OwnerAddress))
            .Select(w => new { w.Chain, w.OwnerAddress })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return match is null
            ? new Failure(ErrorCodes.Unauthorized, $"{AddressHeader} is not the verified owner of any wallet.")
            : (match.Chain, match.OwnerAddress!, null);
    }

    private static string? DecodeMessage(string encoded)
    {
        if (encoded.Length > MaxMessageHeaderLength)
        {
            return null;
        }

        var standard = encoded.Replace('-', '+').Replace('_', '/');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        var buffer = new byte[standard.Length];
        if (!Convert.TryFromBase64String(standard, buffer, out var written))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private async Task RecordFailureAsync(HttpContext context, string address, Failure failure, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.OwnerAuthFailed, AuditActors.Owner(address.Length > 64 ? address[..64] : address))
        {
            RequestId = context.TraceIdentifier,
            IpAddress = context.Connection.RemoteIpAddress?.ToString(),
            Details = new JsonObject { ["path"] = context.Request.Path.Value, ["code"] = failure.Error.Code },
        }, cancellationToken).ConfigureAwait(false);
    }
}
