using System.Net;
using Microsoft.Data.Sqlite;
using WaiaaS.Daemon.Tests.Hosting;

namespace WaiaaS.Daemon.Tests.Endpoints;

public class AuditEndpointTests
{
    [Fact]
    public async Task Query_PagesNewestFirstWithACursor_AndFilters()
    {
        await using var host = await DaemonTestHost.StartAsync();
        var wallets = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            wallets.Add((await host.CreateWalletAsync("w" + i)).GetProperty("id").GetString()!);
        }

        var (_, first) = await host.SendAsync(HttpMethod.Get, "/v1/audit-logs?eventType=wallet.created&limit=2");
        var cursor = first.GetProperty("cursor").GetString();
        var (_, second) = await host.SendAsync(HttpMethod.Get, $"/v1/audit-logs?eventType=wallet.created&limit=2&cursor={cursor}");
        var (_, third) = await host.SendAsync(HttpMethod.Get, $"/v1/audit-logs?eventType=wallet.created&limit=2&cursor={second.GetProperty("cursor").GetString()}");
        var (_, oneWallet) = await host.SendAsync(HttpMethod.Get, $"/v1/audit-logs?walletId={wallets[2]}");

        var seen = new[] { first, second, third }.SelectMany(p => p.GetProperty("items").EnumerateArray()).Select(e => e.GetProperty("walletId").GetString()).ToList();
        Assert.Equal(Enumerable.Reverse(wallets), seen);
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.False(third.GetProperty("hasMore").GetBoolean());
        var entry = Assert.Single(oneWallet.GetProperty("items").EnumerateArray());
        Assert.Equal("master", entry.GetProperty("actor").GetString());
        Assert.Equal("w2", entry.GetProperty("details").GetProperty("name").GetString());
        Assert.Equal(64, entry.GetProperty("hash").GetString()!.Length);
    }

    [Fact]
    public async Task Query_WithAnUnknownCursor_IsInvalidCursor()
    {
        await using var host = await DaemonTestHost.StartAsync();

        var (response, body) = await host.SendAsync(HttpMethod.Get, $"/v1/audit-logs?cursor={Guid.CreateVersion7()}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_CURSOR", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Verify_ReportsAnIntactChain_ThenTheFirstTamperedRow()
    {
        await using var host = await DaemonTestHost.StartAsync();
        await host.CreateWalletAsync("a");
        var target = (await host.CreateWalletAsync("b")).GetProperty("id").GetString();
        await host.CreateWalletAsync("c");

        var (_, intact) = await host.SendAsync(HttpMethod.Get, "/v1/audit-logs/verify");
        var (_, rows) = await host.SendAsync(HttpMethod.Get, $"/v1/audit-logs?walletId={target}");
        var tamperedId = rows.GetProperty("items")[0].GetProperty("id").GetString();
        Tamper(Path.Combine(host.Root, "data", "waiaas.db"), tamperedId!);
        var (_, broken) = await host.SendAsync(HttpMethod.Get, "/v1/audit-logs/verify");

        Assert.True(intact.GetProperty("valid").GetBoolean());
        Assert.Equal(5, intact.GetProperty("rowsChecked").GetInt64());
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Equal(tamperedId, broken.GetProperty("firstBrokenId").GetString());
        Assert.Equal("hash_mismatch", broken.GetProperty("reason").GetString());
    }

    // What an attacker with file access could do: drop the append-only trigger and rewrite a row in place.
    private static void Tamper(string databaseFile, string id)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var triggers = connection.CreateCommand();
        triggers.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'";
        var names = new List<string>();
        using (var reader = triggers.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP TRIGGER \"{name}\"";
            drop.ExecuteNonQuery();
        }

        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE audit_log SET details = '{\"name\":\"someone else\"}' WHERE id = $id";
        update.Parameters.AddWithValue("$id", id);
        Assert.Equal(1, update.ExecuteNonQuery());
    }
}
