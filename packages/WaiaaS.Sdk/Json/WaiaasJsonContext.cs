using System.Text.Json;
using System.Text.Json.Serialization;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Sdk.Json;

/// <summary>
/// Source-generated JSON metadata for every daemon answer the SDK reads (the Core contract records, camelCase web
/// defaults). Strict: a required field that is missing or null fails instead of yielding a half-filled record.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(NonceResponse))]
[JsonSerializable(typeof(AgentWalletResponse))]
[JsonSerializable(typeof(WalletBalanceResponse))]
[JsonSerializable(typeof(SendTransactionResponse))]
[JsonSerializable(typeof(SimulateTransactionResponse))]
[JsonSerializable(typeof(TransactionResponse))]
[JsonSerializable(typeof(ItemsResponse<TransactionResponse>))]
[JsonSerializable(typeof(RenewSessionResponse))]
[JsonSerializable(typeof(WalletResponse))]
[JsonSerializable(typeof(ItemsResponse<WalletResponse>))]
[JsonSerializable(typeof(ItemsResponse<WalletNetworkResponse>))]
[JsonSerializable(typeof(SessionResponse))]
[JsonSerializable(typeof(ItemsResponse<SessionResponse>))]
[JsonSerializable(typeof(RotateSecretResponse))]
[JsonSerializable(typeof(PolicyResponse))]
[JsonSerializable(typeof(ItemsResponse<PolicyResponse>))]
[JsonSerializable(typeof(KillSwitchStateResponse))]
[JsonSerializable(typeof(KillSwitchResponse))]
[JsonSerializable(typeof(AdminStatusResponse))]
[JsonSerializable(typeof(ItemsResponse<AuditLogEntryResponse>))]
[JsonSerializable(typeof(NotificationStatusResponse))]
[JsonSerializable(typeof(ItemsResponse<NotificationTestResultResponse>))]
[JsonSerializable(typeof(ItemsResponse<NotificationLogEntryResponse>))]
[JsonSerializable(typeof(AuditVerifyResponse))]
[JsonSerializable(typeof(ConnectInfoResponse))]
[JsonSerializable(typeof(ItemsResponse<WalletNetworkResponse>))]
public sealed partial class WaiaasJsonContext : JsonSerializerContext;
