using System.Text.Json.Nodes;
using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Operators;

/// <summary><see cref="WaiaasOperatorClient"/>'s policies, kill switch, status and audit log against a real daemon.</summary>
public sealed class OperatorPolicyAndAdminTests
{
    [Fact]
    public async Task Policy_Create_List_Get_Update_Delete()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        using var op = daemon.Operator();
        var wallet = await op.CreateWalletAsync(new CreateWalletRequest("policies", "ethereum", "testnet"));
        var rules = new JsonObject { ["instant_max"] = new JsonObject { ["native"] = "100" }, ["delay_seconds"] = 60 };

        var created = await op.CreatePolicyAsync(new CreatePolicyRequest("SPENDING_LIMIT", rules, WalletId: wallet.Id, Network: "ethereum-sepolia", Priority: 3));
        var listed = await op.ListPoliciesAsync(wallet.Id, "SPENDING_LIMIT");
        var fetched = await op.GetPolicyAsync(created.Id);
        var updated = await op.UpdatePolicyAsync(created.Id, new UpdatePolicyRequest(Enabled: false, Priority: 7));
        var invalid = await Assert.ThrowsAsync<WaiaasApiException>(() => op.CreatePolicyAsync(new CreatePolicyRequest("SPENDING_LIMIT", new JsonObject { ["no_such_rule"] = 1 })));
        var deleted = await op.DeletePolicyAsync(created.Id);
        var gone = await Assert.ThrowsAsync<WaiaasApiException>(() => op.GetPolicyAsync(created.Id));

        Assert.Equal((wallet.Id, "ethereum-sepolia", 3, true), (created.WalletId, created.Network, created.Priority, created.Enabled));
        Assert.Equal("100", created.Rules.GetProperty("instant_max").GetProperty("native").GetString());
        Assert.Equal(created.Id, Assert.Single(listed.Items).Id);
        Assert.Equal(created.Id, fetched.Id);
        // Absent fields stay as they were: the network and the rules are unchanged.
        Assert.Equal(("ethereum-sepolia", 7, false), (updated.Network, updated.Priority, updated.Enabled));
        Assert.Equal(60, updated.Rules.GetProperty("delay_seconds").GetInt32());
        Assert.Equal((400, "VALIDATION_FAILED"), (invalid.Status, invalid.Code));
        Assert.Equal(created.Id, deleted.Id);
        Assert.Equal((404, "POLICY_NOT_FOUND"), (gone.Status, gone.Code));
    }

    [Fact]
    public async Task KillSwitch_Status_And_Audit()
    {
        await using var daemon = await SdkDaemon.StartAsync();
        using var op = daemon.Operator();
        var wallet = await op.CreateWalletAsync(new CreateWalletRequest("audited", "solana", "testnet"));

        var before = await op.GetKillSwitchAsync();
        var status = await op.GetAdminStatusAsync();
        var activated = await op.ActivateKillSwitchAsync("drill");
        var during = await op.GetKillSwitchAsync();
        var recovered = await op.RecoverFromKillSwitchAsync();
        var audit = await op.QueryAuditLogsAsync(new AuditLogQuery(WalletId: wallet.Id, Limit: 50));
        var firstPage = await op.QueryAuditLogsAsync(new AuditLogQuery(Limit: 1));
        var secondPage = await op.QueryAuditLogsAsync(new AuditLogQuery(Limit: 1, Cursor: firstPage.Cursor));
        var badCursor = await Assert.ThrowsAsync<WaiaasApiException>(() => op.QueryAuditLogsAsync(new AuditLogQuery(Cursor: "not a cursor")));
        var verified = await op.VerifyAuditLogsAsync();

        Assert.Equal("ACTIVE", before.State);
        Assert.Equal((1, 1), (status.Wallets, status.ActiveWallets));
        Assert.Equal(("SUSPENDED", "ACTIVE", 1), (activated.State, activated.PreviousState, activated.WalletsSuspended));
        Assert.Equal("SUSPENDED", during.State);
        Assert.Equal("ACTIVE", recovered.State);
        Assert.Contains(audit.Items, e => e.EventType == "wallet.created" && e.WalletId == wallet.Id);
        Assert.True(firstPage.HasMore);
        Assert.NotEqual(Assert.Single(firstPage.Items).Id, Assert.Single(secondPage.Items).Id);
        Assert.Equal(400, badCursor.Status);
        Assert.True(verified.Valid, verified.Summary);
        Assert.True(verified.RowsChecked > 3);
    }
}
