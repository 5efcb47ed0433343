using System.Text.Json;
using System.Text.Json.Serialization;
using WaiaaS.Core.Contracts;
using WaiaaS.Mcp.Resources;
using WaiaaS.Mcp.Tools;

namespace WaiaaS.Mcp.Server;

/// <summary>The JSON of every tool and resource answer (camelCase as the daemon's, nulls left out).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(AgentWalletResponse))]
[JsonSerializable(typeof(ItemsResponse<AgentWalletResponse>))]
[JsonSerializable(typeof(WalletBalanceResponse))]
[JsonSerializable(typeof(ItemsResponse<WalletBalanceResponse>))]
[JsonSerializable(typeof(ConnectInfoResponse))]
[JsonSerializable(typeof(ItemsResponse<PolicyResponse>))]
[JsonSerializable(typeof(NonceResponse))]
[JsonSerializable(typeof(SendTransactionResponse))]
[JsonSerializable(typeof(SimulateTransactionResponse))]
[JsonSerializable(typeof(TransactionResponse))]
[JsonSerializable(typeof(ItemsResponse<TransactionResponse>))]
[JsonSerializable(typeof(WalletInfoResult))]
[JsonSerializable(typeof(ToolErrorResult))]
[JsonSerializable(typeof(SessionExpiredResult))]
[JsonSerializable(typeof(SystemStatusResult))]
internal sealed partial class McpJsonContext : JsonSerializerContext;
