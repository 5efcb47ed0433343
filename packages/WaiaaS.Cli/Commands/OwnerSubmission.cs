using WaiaaS.Core.Contracts;
using WaiaaS.Sdk;

namespace WaiaaS.Cli.Commands;

/// <summary>Submits an owner's signature made elsewhere through <see cref="WaiaasOwnerClient"/>.</summary>
internal static class OwnerSubmission
{
    public static Task<SendTransactionResponse> AnswerAsync(HttpClient http, string transactionId, bool approve, OwnerSignature signature, CancellationToken cancellationToken)
    {
        var owner = new WaiaasOwnerClient(http, new PresignedOwnerSigner(signature));
        return approve
            ? owner.ApproveTransactionAsync(transactionId, signature.Message, cancellationToken)
            : owner.RejectTransactionAsync(transactionId, signature.Message, cancellationToken);
    }

    public static Task<WalletResponse> VerifyAsync(HttpClient http, string walletId, OwnerSignature signature, CancellationToken cancellationToken) =>
        new WaiaasOwnerClient(http, new PresignedOwnerSigner(signature)).VerifyOwnerAsync(walletId, signature.Message, cancellationToken);
}
