using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// SPEC §9/§19 and issue 5 item 7: <c>kill -9</c> of the daemon at random moments while 200 transfers stream in from 8
/// concurrent clients (each retrying a failed request with its Idempotency-Key, as a careful agent does), then a
/// restart: every accepted request ends in exactly one terminal state, the chain (a real Anvil) agrees with the
/// database, and nothing was submitted twice. Every request carries a unique amount so the chain can be matched back.
/// </summary>
public sealed class PipelineCrashTests
{
    private const int Sends = 200;
    private const int Workers = 8;
    private static readonly int[] KillAfterAccepted = [25, 70, 120, 170];

    [Fact]
    public async Task Sigkill_during_200_sends_loses_nothing_and_submits_nothing_twice()
    {
        await using var anvil = await AnvilNode.StartAsync();
        await using var sandbox = new DaemonSandbox();
        sandbox.Environment["WAIAAS_ORACLE_ENABLED"] = "false";
        sandbox.Environment["WAIAAS_AUTOSTOP_MAX_TRANSACTIONS_PER_WINDOW"] = "1000000";
        sandbox.Environment["WAIAAS_SECURITY_RATE_LIMIT_SESSION_RPM"] = "0";
        sandbox.Environment["WAIAAS_SECURITY_RATE_LIMIT_TX_RPM"] = "0";
        Assert.Equal(0, (await sandbox.RunAsync("init")).ExitCode);
        await File.AppendAllTextAsync(Path.Combine(sandbox.DataDir, "config.toml"),
            $"\n[rpc.custom.anvil]\nchain = \"ethereum\"\nchain_id = {AnvilNode.ChainId}\nurl = \"{anvil.Url}\"\nenvironment = \"testnet\"\n");
        var client = DaemonHttp.Client(await sandbox.StartDetachedAsync());

        var wallet = await MasterAsync(client, HttpMethod.Post, "v1/wallets", new { name = "crash", chain = "ethereum", environment = "testnet" });
        var walletId = wallet.GetProperty("id").GetString()!;
        var address = wallet.GetProperty("address").GetString()!;
        await anvil.SetBalanceAsync(address, BigInteger.Pow(10, 20));
        var token = (await MasterAsync(client, HttpMethod.Post, "v1/sessions", new { walletId })).GetProperty("token").GetString()!;
        var recipient = "0x" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20));

        var accepted = new ConcurrentDictionary<int, string>();
        var retry = new ConcurrentQueue<int>();
        var killedAt = new List<int>();
        var next = -1;
        var jitter = new Random(Environment.ProcessId);
        foreach (var killAt in KillAfterAccepted.Append(int.MaxValue))
        {
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var n = Interlocked.Increment(ref next);
                    if (n >= Sends)
                    {
                        return;
                    }

                    if (await TrySendAsync(client, token, recipient, n) is { } id)
                    {
                        accepted[n] = id;
                        continue;
                    }

                    // The daemon is gone: this request is retried with the same key after the restart.
                    retry.Enqueue(n);
                    return;
                }
            })).ToList();

            if (killAt == int.MaxValue)
            {
                await Task.WhenAll(workers);
                break;
            }

            await Poll.UntilAsync(() => accepted.Count >= killAt || workers.All(w => w.IsCompleted), "sends to be accepted");
            await Task.Delay(jitter.Next(0, 40)); // a random moment within the stream, not synchronisation
            killedAt.Add(accepted.Count);
            await sandbox.KillDaemonAsync();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            client.Dispose();
            client = DaemonHttp.Client(await sandbox.StartDetachedAsync());
            while (retry.TryDequeue(out var n))
            {
                accepted[n] = await TrySendAsync(client, token, recipient, n) ?? throw new InvalidOperationException($"send {n} failed after the restart");
            }
        }

        Assert.Equal(Sends, accepted.Count);
        Assert.True(killedAt.Count(k => k < Sends) >= 3, $"the daemon was killed mid-stream too rarely: after {string.Join(", ", killedAt)} accepted sends");
        var final = new Dictionary<int, JsonElement>();
        foreach (var (n, id) in accepted)
        {
            final[n] = await WaitTerminalAsync(client, token, id);
        }

        // Exactly one terminal state each (no policy: every one is INSTANT, so each must confirm).
        Assert.All(final.Values, t => Assert.Equal("CONFIRMED", t.GetProperty("status").GetString()));
        Assert.Equal(Sends, final.Values.Select(t => t.GetProperty("id").GetString()).Distinct().Count());

        // The chain agrees: every transaction from the wallet is one confirmed row, with its amount, once.
        var onChain = (await anvil.AllTransactionsAsync())
            .Where(t => string.Equals(t.From, address, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(Sends, onChain.Count);
        Assert.Equal(Sends, onChain.Select(t => t.Value).Distinct().Count());
        foreach (var (n, row) in final)
        {
            var hash = row.GetProperty("txHash").GetString()!;
            var mined = Assert.Single(onChain, t => string.Equals(t.Hash, hash, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(Amount(n), mined.Value);
        }

        Assert.Equal(Enumerable.Range(0, Sends).Select(n => Amount(n)).Aggregate(BigInteger.Add), await anvil.BalanceAsync(recipient));
        Assert.Equal(Sends, await anvil.NonceAsync(address));
        client.Dispose();
        Assert.Equal(0, (await sandbox.RunAsync("stop")).ExitCode);
    }

    private static BigInteger Amount(int n) => 1_000_000 + n;

    private static async Task<string?> TrySendAsync(HttpClient client, string token, string recipient, int n)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/transactions/send")
        {
            Content = JsonContent.Create(new { type = "TRANSFER", to = recipient, amount = Amount(n).ToString(CultureInfo.InvariantCulture), network = "anvil" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", $"send-{n}");
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"send {n}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<JsonElement> WaitTerminalAsync(HttpClient client, string token, string id)
    {
        JsonElement last = default;
        await Poll.UntilAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/transactions/{id}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request);
            last = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            return last.GetProperty("status").GetString() is "CONFIRMED" or "FAILED" or "CANCELLED" or "EXPIRED";
        }, $"transaction {id} to settle");
        return last;
    }

    private static async Task<JsonElement> MasterAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Master-Password", DaemonSandbox.Password);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
