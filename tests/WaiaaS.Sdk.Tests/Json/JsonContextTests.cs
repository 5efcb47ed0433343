using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk.Tests.Json;

/// <summary>The SDK's source-generated contexts cover every contract type it reads or sends, and round-trip them.</summary>
public sealed class JsonContextTests
{
    private static readonly JsonObject Facts = new() { ["policyId"] = "p1", ["limit"] = "10" };
    private static readonly TransactionResponse Transaction = new(
        "tx", "w", "s", "anvil", "TRANSFER", "0xabc", "1000", null, "QUEUED", "APPROVAL", "0xhash", 3, 1.5, new TransactionErrorResponse("E", "m"),
        1, 2, 3, 4, new PendingApprovalResponse("n", 5, "approve", "reject"));

    private static readonly WalletResponse Wallet = new("w", "name", "solana", "testnet", "addr", "pk", "ACTIVE", "owner", "GRACE", null, null, null, null, 1, 2);

    private static readonly SessionResponse Session = new("s", "wai_sess_x", 10, null, 0, 0, null, 3600, [new SessionWalletResponse("w", "name")], new JsonObject { ["allowedNetworks"] = new JsonArray("anvil") }, "api", "ACTIVE", 1, null, null);

    private static readonly PolicyResponse Policy = new("p", null, "anvil", "SPENDING_LIMIT", JsonSerializer.SerializeToElement(new { instant_max = new { native = "1" } }), 2, true, 1, 2);

    public static TheoryData<object> Responses() =>
    [
        new HealthResponse("ok", "1.0.0", null, false, 3, 5, 6),
        new NonceResponse("00112233445566778899aabbccddeeff", 7),
        new AgentWalletResponse("w", "ethereum", "anvil", "0xabc"),
        new WalletBalanceResponse("w", "ethereum", "anvil", "0xabc", [new AssetBalanceResponse(null, "ETH", 18, "1", "0.000000000000000001", true)]),
        new SendTransactionResponse("tx", "PENDING", null),
        new SimulateTransactionResponse(false, null, new SimulatedDenial("POLICY_DENIED", "no", Facts.DeepClone().AsObject()), 1.25m, "21000", null),
        Transaction,
        new ItemsResponse<TransactionResponse>([Transaction], "c", true),
        new RenewSessionResponse("wai_sess_y", 1, 2, null, 3),
        Wallet,
        new ItemsResponse<WalletResponse>([Wallet]),
        new ItemsResponse<WalletNetworkResponse>([new WalletNetworkResponse("anvil", "ethereum", "testnet", 31337, true, true)]),
        Session,
        new ItemsResponse<SessionResponse>([Session]),
        new RotateSecretResponse(1, 2),
        Policy,
        new ItemsResponse<PolicyResponse>([Policy]),
        new KillSwitchStateResponse("ACTIVE", null),
        new KillSwitchResponse("SUSPENDED", "ACTIVE", 1, 2, 3, 4, 0),
        new AdminStatusResponse("ACTIVE", "1.0.0", 3, 1, 2, 3, 2, 1, 4, 5),
        new ItemsResponse<AuditLogEntryResponse>([new AuditLogEntryResponse("a", 1, 2, "wallet.created", "master", "w", null, null, "r", "127.0.0.1", Facts.DeepClone().AsObject(), "0", "1")], "c", false),
        new AuditVerifyResponse(true, 3, null, null, "none", "ok"),
    ];

    public static TheoryData<object> Requests() =>
    [
        new SendTransactionRequest("CONTRACT_CALL", To: "x", Value: "1", Network: "n", WalletId: "w", Token: null, InstructionData: "AA==", Accounts: [new ContractAccountRequest("a", true, false)], Memo: "m"),
        new SendTransactionRequest("TOKEN_TRANSFER", To: "x", HumanAmount: "0.5", Token: new TokenReferenceRequest("mint", 6)),
        new CreateWalletRequest("n", "solana", "testnet"),
        new RenameWalletRequest("n"),
        new SuspendWalletRequest("why"),
        new SetOwnerRequest("owner"),
        new CreateSessionRequest(WalletIds: ["a", "b"], Ttl: 60, Constraints: new JsonObject { ["allowedTypes"] = new JsonArray("TRANSFER") }),
        new CreatePolicyRequest("SPENDING_LIMIT", new JsonObject { ["delay_seconds"] = 60 }, Priority: 1),
        new UpdatePolicyRequest(Enabled: false),
        new KillSwitchRequest("test"),
    ];

    [Theory]
    [MemberData(nameof(Responses))]
    public void Every_Response_Type_RoundTrips_Through_The_Context(object value)
    {
        var info = WaiaasJsonContext.Default.GetTypeInfo(value.GetType());
        Assert.NotNull(info);

        var json = JsonSerializer.Serialize(value, info);
        var back = JsonSerializer.Deserialize(json, info);

        Assert.Equal(json, JsonSerializer.Serialize(back, info));
        AssertCamelCaseNames(value.GetType(), json);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Every_Request_Type_Serializes_Without_Nulls(object value)
    {
        var info = WaiaasRequestJsonContext.Default.GetTypeInfo(value.GetType());
        Assert.NotNull(info);

        var json = JsonSerializer.Serialize(value, info);

        Assert.DoesNotContain("null", json);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, info), info));
    }

    [Fact]
    public void Every_Type_A_Public_Method_Returns_Or_Sends_Is_In_A_Context()
    {
        var methods = typeof(WaiaasClient).Assembly.GetExportedTypes().Where(t => t.Name.StartsWith("Waiaas", StringComparison.Ordinal) && t.Name.EndsWith("Client", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .ToList();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var returned = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : null;
            if (returned is not null && returned.Namespace == typeof(HealthResponse).Namespace)
            {
                Assert.True(WaiaasJsonContext.Default.GetTypeInfo(returned) is not null, $"{method.Name} returns {returned}, which the context lacks");
            }

            foreach (var parameter in method.GetParameters().Where(p => p.ParameterType.Namespace == typeof(HealthResponse).Namespace))
            {
                Assert.True(WaiaasRequestJsonContext.Default.GetTypeInfo(parameter.ParameterType) is not null, $"{method.Name} sends {parameter.ParameterType}, which the request context lacks");
            }
        }
    }

    [Fact]
    public void Contexts_Are_Source_Generated_Only()
    {
        Assert.Null(WaiaasJsonContext.Default.GetTypeInfo(typeof(Uri)));
        Assert.True(WaiaasJsonContext.Default.Options.RespectRequiredConstructorParameters);
        Assert.Equal(JsonIgnoreCondition.WhenWritingNull, WaiaasRequestJsonContext.Default.Options.DefaultIgnoreCondition);
    }

    private static void AssertCamelCaseNames(Type type, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        foreach (var parameter in type.GetConstructors().Single().GetParameters())
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
            Assert.True(root.TryGetProperty(name, out _), $"{type.Name} lacks {name} in {json}");
        }
    }
}
