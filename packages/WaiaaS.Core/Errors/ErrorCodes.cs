namespace WaiaaS.Core.Errors;

/// <summary>The error-code table shared by the daemon, the SDK and the MCP server (SPEC §16). Codes never change meaning.</summary>
public static partial class ErrorCodes
{
    /// <summary>The request body or parameters are malformed.</summary>
    public static readonly ErrorCode InvalidRequest = new("INVALID_REQUEST", 400, "The request is malformed.", "Check the request against /openapi/v1.json.", false);

    /// <summary>A field has an invalid value.</summary>
    public static readonly ErrorCode ValidationFailed = new("VALIDATION_FAILED", 400, "A field has an invalid value.", "See details for the field and the reason.", false);

    /// <summary>The request body is larger than the limit.</summary>
    public static readonly ErrorCode PayloadTooLarge = new("PAYLOAD_TOO_LARGE", 413, "The request body is too large.", "Send a smaller body.", false);

    /// <summary>No credential was presented, or it is wrong.</summary>
    public static readonly ErrorCode Unauthorized = new("UNAUTHORIZED", 401, "Authentication is required.", "Send the credential this endpoint declares (X-Master-Password, a session token, or an owner signature).", false);

    /// <summary>The master password is wrong.</summary>
    public static readonly ErrorCode InvalidMasterPassword = new("INVALID_MASTER_PASSWORD", 401, "The master password is wrong.", "Send the daemon's master password in X-Master-Password.", false);

    /// <summary>Too many wrong master passwords: locked out for a while.</summary>
    public static readonly ErrorCode MasterPasswordLocked = new("MASTER_PASSWORD_LOCKED", 429, "Too many wrong master passwords; master authentication is locked for a while.", "Wait for the number of seconds in Retry-After.", true);

    /// <summary>The Host header is not a loopback name.</summary>
    public static readonly ErrorCode HostNotAllowed = new("HOST_NOT_ALLOWED", 403, "The Host header is not a loopback name.", "Call the daemon as 127.0.0.1, localhost or [::1].", false);

    /// <summary>Nothing lives at this path.</summary>
    public static readonly ErrorCode NotFound = new("NOT_FOUND", 404, "No such endpoint.", "See /openapi/v1.json for the endpoints.", false);

    /// <summary>The path exists but not with this method.</summary>
    public static readonly ErrorCode MethodNotAllowed = new("METHOD_NOT_ALLOWED", 405, "This endpoint does not accept the method.", "See /openapi/v1.json for the methods.", false);

    /// <summary>The wallet does not exist.</summary>
    public static readonly ErrorCode WalletNotFound = new("WALLET_NOT_FOUND", 404, "The wallet does not exist.", "List wallets with GET /v1/wallets.", false);

    /// <summary>A wallet with this name already exists.</summary>
    public static readonly ErrorCode WalletNameTaken = new("WALLET_NAME_TAKEN", 409, "A wallet with this name already exists.", "Choose another name.", false);

    /// <summary>The wallet's state does not allow the operation.</summary>
    public static readonly ErrorCode InvalidWalletState = new("INVALID_WALLET_STATE", 409, "The wallet's status does not allow this operation.", "Check the wallet's status with GET /v1/wallets/{id}.", false);

    /// <summary>The wallet is suspended.</summary>
    public static readonly ErrorCode WalletSuspended = new("WALLET_SUSPENDED", 409, "The wallet is suspended.", "Resume it with POST /v1/wallets/{id}/resume.", false);

    /// <summary>The wallet is terminated.</summary>
    public static readonly ErrorCode WalletTerminated = new("WALLET_TERMINATED", 410, "The wallet is terminated.", "Create a new wallet.", false);

    /// <summary>The network is not in the wallet's environment.</summary>
    public static readonly ErrorCode EnvironmentNetworkMismatch = new("ENVIRONMENT_NETWORK_MISMATCH", 400, "The network is not in the wallet's environment.", "List the wallet's networks with GET /v1/wallets/{id}/networks.", false);

    /// <summary>The audit-log cursor is not one this daemon issued.</summary>
    public static readonly ErrorCode InvalidCursor = new("INVALID_CURSOR", 400, "The cursor is not valid.", "Use the cursor value from the previous page, or omit it.", false);

    /// <summary>The keystore cannot be read or written.</summary>
    public static readonly ErrorCode KeystoreError = new("KEYSTORE_ERROR", 500, "The keystore could not complete the operation.", "Check the daemon log and the keystore folder's permissions.", true);

    /// <summary>The system is locked by the kill switch.</summary>
    public static readonly ErrorCode SystemLocked = new("SYSTEM_LOCKED", 503, "The kill switch is active.", "The operator must recover the system.", false);

    /// <summary>The daemon is shutting down.</summary>
    public static readonly ErrorCode ShuttingDown = new("SHUTTING_DOWN", 503, "The daemon is shutting down.", "Retry after it restarts.", true);

    /// <summary>An unexpected failure; details are in the daemon log, never in the response.</summary>
    public static readonly ErrorCode InternalError = new("INTERNAL_ERROR", 500, "An unexpected error occurred.", "Retry later; if it persists, check the daemon log with the requestId.", true);

    private static readonly Lazy<IReadOnlyList<ErrorCode>> Every = new(() =>
        [.. typeof(ErrorCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ErrorCode))
            .Select(f => (ErrorCode)f.GetValue(null)!)
            .OrderBy(c => c.Code, StringComparer.Ordinal)]);

    /// <summary>Every code (declared in any part of this class), ordered by code, for documentation and the SDK.</summary>
    public static IReadOnlyList<ErrorCode> All => Every.Value;

    /// <summary>The code with this wire name, or null.</summary>
    public static ErrorCode? Find(string code) => All.FirstOrDefault(c => c.Code == code);
}
