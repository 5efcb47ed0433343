namespace WaiaaS.Core.Contracts;

/// <summary>A wallet as the API returns it. Times are Unix seconds.</summary>
public sealed record WalletResponse(
    string Id,
    string Name,
    string Chain,
    string Environment,
    string Address,
    string PublicKey,
    string Status,
    string? OwnerAddress,
    string OwnerState,
    string? SuspensionReason,
    long? SuspendedAt,
    long? TerminatedAt,
    long? PurgedAt,
    long CreatedAt,
    long UpdatedAt);
