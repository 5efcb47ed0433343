using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Numerics;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Daemon.Tests.Owners;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>
/// SPEC §8/§19: 1,000 concurrent sends against a daily USD limit and a transaction-count limit never exceed either,
/// with a daemon restart in the middle (the ledger is the transactions table, so it survives). Each send is worth
/// exactly $1 (static ETH price $2000, 0.0005 ETH); daily_limit_usd = 100 (beyond it: APPROVAL, downgraded to DELAY as
/// the wallet has no verified owner); RATE_LIMIT = 300 per day (beyond it: denied).
/// </summary>
[Collection(ChainPeersDefinition.Name)]
public sealed class ConcurrentLimitTests(ChainPeersFixture chains)
{
    private const int Sends = 1000;
    private const int DailyUsd = 100;
    private const int MaxTransactions = 300;
    private static readonly BigInteger OneDollarOfWei = BigInteger.Parse("500000000000000");

    [Fact]
    public async Task Thousand_concurrent_sends_never_exceed_the_daily_limit_or_the_count_even_across_a_restart()
    {
        var config = chains.Config() with
        {
            Oracle = new OracleSettings { Enabled = true, Sources = ["static"], StaticPrices = ImmutableDictionary<string, double>.Empty.Add("ETH", 2000) },
            // AutoStop's unusual-activity rule would (rightly) suspend a wallet sending 1,000 requests; this test is about the ledger.
            AutoStop = new AutoStopSettings { MaxTransactionsPerWindow = 100_000 },
        };
        var root = DaemonTestHost.CreateRoot();
        var host = await DaemonTestHost.StartAsync(config, root, time: FakeTimeProvider.Live());
        var agent = new AgentClient(host);
        var (walletId, address) = await agent.WalletAsync("limited", "ethereum");
        await chains.Anvil.SetBalanceAsync(address, BigInteger.Pow(10, 19));
        await PolicyAsync(host, walletId, "SPENDING_LIMIT", new { daily_limit_usd = DailyUsd });
        await PolicyAsync(host, walletId, "RATE_LIMIT", new { max_transactions = MaxTransactions, window_seconds = 86400 });
        var token = await agent.SessionAsync(walletId);
        var recipient = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));
        var answers = new ConcurrentBag<(HttpStatusCode Status, string? Tier, string? Code)>();

        await SendManyAsync(agent, token, recipient, Sends / 2, answers);
        await host.StopAsync();
        host = await DaemonTestHost.StartAsync(config, root, time: FakeTimeProvider.Live());
        agent = new AgentClient(host);
        await SendManyAsync(agent, token, recipient, Sends / 2, answers);

        try
        {
            Assert.True(answers.Count == Sends, "answers");
            var summary = string.Join(", ", answers.GroupBy(a => (a.Status, a.Tier, a.Code)).Select(g => $"{g.Key}={g.Count()}"));
            Assert.True(answers.Count(a => a.Status == HttpStatusCode.Created) == MaxTransactions, summary);
            Assert.Equal(MaxTransactions, answers.Count(a => a.Status == HttpStatusCode.Created));
            Assert.Equal(Sends - MaxTransactions, answers.Count(a => a.Status == HttpStatusCode.Forbidden && a.Code == "POLICY_DENIED"));
            Assert.Equal(DailyUsd, answers.Count(a => a.Tier == "INSTANT"));
            Assert.Equal(MaxTransactions - DailyUsd, answers.Count(a => a.Tier == "DELAY"));

            await using var db = host.Db();
            var reserving = new[] { "PENDING", "QUEUED", "EXECUTING", "SUBMITTED", "CONFIRMED" };
            var rows = await db.Transactions.AsNoTracking().Where(t => t.WalletId == walletId).ToListAsync();
            Assert.Equal(Sends, rows.Count);
            Assert.Equal(MaxTransactions, rows.Count(r => reserving.Contains(r.Status)));
            var immediate = rows.Where(r => r.Tier is "INSTANT" or "NOTIFY").ToList();
            Assert.Equal(DailyUsd, immediate.Count);
            Assert.Equal(DailyUsd, immediate.Sum(r => r.AmountUsd ?? 0), 6);

            // The immediate ones all reach the chain, and nothing else does.
            foreach (var row in immediate)
            {
                await agent.WaitForAsync(token, row.Id, "CONFIRMED");
            }

            Assert.Equal(OneDollarOfWei * DailyUsd, await chains.Anvil.BalanceAsync(recipient));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private static async Task SendManyAsync(AgentClient agent, string token, string recipient, int count, ConcurrentBag<(HttpStatusCode, string?, string?)> answers)
    {
        using var start = new SemaphoreSlim(0);
        var sends = Enumerable.Range(0, count).Select(async _ =>
        {
            await start.WaitAsync();
            var (response, body) = await agent.AsAgentAsync(HttpMethod.Post, "/v1/transactions/send", token,
                new { type = "TRANSFER", to = recipient, amount = OneDollarOfWei.ToString() });
            answers.Add((response.StatusCode,
                body.TryGetProperty("tier", out var tier) ? tier.GetString() : null,
                body.TryGetProperty("code", out var code) ? code.GetString() : null));
        }).ToList();
        start.Release(count);
        await Task.WhenAll(sends);
    }

    private static async Task PolicyAsync(DaemonTestHost host, string walletId, string type, object rules)
    {
        var (response, body) = await host.SendAsync(HttpMethod.Post, "/v1/policies", new { walletId, type, rules });
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
    }
}
