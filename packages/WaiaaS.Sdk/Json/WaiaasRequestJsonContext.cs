using System.Text.Json;
using System.Text.Json.Serialization;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Sdk.Json;

/// <summary>
/// Source-generated JSON metadata for the request bodies the SDK sends. Null fields are left out: the daemon reads
/// bodies strictly, and for <c>PUT /v1/policies/{id}</c> an absent field means "unchanged" where null would not.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SendTransactionRequest))]
[JsonSerializable(typeof(CreateWalletRequest))]
[JsonSerializable(typeof(RenameWalletRequest))]
[JsonSerializable(typeof(SuspendWalletRequest))]
[JsonSerializable(typeof(SetOwnerRequest))]
[JsonSerializable(typeof(CreateSessionRequest))]
[JsonSerializable(typeof(CreatePolicyRequest))]
[JsonSerializable(typeof(UpdatePolicyRequest))]
[JsonSerializable(typeof(KillSwitchRequest))]
public sealed partial class WaiaasRequestJsonContext : JsonSerializerContext;
