using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// Issue 3 item 8: a daemon killed (SIGKILL) in the middle of a stream of wallet creations never leaves a corrupt or
/// missing key file, restarts, and keeps every wallet it confirmed.
/// </summary>
public sealed class CrashSafetyTests
{
    private const int Workers = 4;

    // After how many confirmed creations (in this round) the daemon is killed, plus a random extra moment.
    private static readonly int[] KillAfter = [1, 3, 6, 10, 15];

    [Fact]
    public async Task Sigkill_during_wallet_creation_leaves_every_key_recoverable_and_every_confirmed_wallet_present()
    {
        await using var sandbox = new DaemonSandbox();
        var confirmed = new ConcurrentDictionary<string, string>();
        var jitter = new Random(Environment.ProcessId);
        await sandbox.StartDetachedAsync();

        for (var round = 0; round < KillAfter.Length; round++)
        {
            var completedThisRound = 0;
            using var stop = new CancellationTokenSource();
            using var client = DaemonHttp.Client(sandbox.BaseAddress);
            var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
            {
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var id = await TryCreateAsync(client, $"r{round}-w{worker}-{n}", (worker + n) % 2 == 0 ? "solana" : "ethereum");
                    if (id is null)
                    {
                        return; // the daemon is gone
                    }

                    confirmed[id] = $"round {round}";
                    Interlocked.Increment(ref completedThisRound);
                }
            })).ToList();

            await Poll.UntilAsync(() => Volatile.Read(ref completedThisRound) >= KillAfter[round] || workers.Any(w => w.IsCompleted), "wallet creations to complete");
            Assert.DoesNotContain(workers, w => w.IsFaulted);
            await Task.Delay(jitter.Next(0, 25)); // a random moment within the stream, not synchronisation
            await sandbox.KillDaemonAsync();
            await stop.CancelAsync();
            await Task.WhenAll(workers);

            AssertEveryKeyFileIsWhole(sandbox);
            await sandbox.StartDetachedAsync();
            Assert.Empty(Directory.EnumerateFiles(sandbox.KeystoreFolder, ".*.tmp"));
            await AssertConsistentAsync(sandbox, confirmed.Keys);
        }

        Assert.True((await sandbox.RunAsync("stop")).ExitCode == 0);
        Assert.True(confirmed.Count >= KillAfter.Sum(), $"only {confirmed.Count} creations were confirmed");
    }

    // A 201 means the wallet is committed; the stream ends at the first request the killed daemon cannot answer.
    private static async Task<string?> TryCreateAsync(HttpClient client, string name, string chain)
    {
        HttpResponseMessage response;
        try
        {
            using var request = DaemonHttp.CreateWalletRequest(name, chain);
            response = await client.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return null;
        }

        using (response)
        {
            string body;
            try
            {
                body = await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException)
            {
                return null;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
        }
    }

    // Before the restart: every final-named key file is a complete document (temporary files may remain).
    private static void AssertEveryKeyFileIsWhole(DaemonSandbox sandbox)
    {
        foreach (var file in Directory.EnumerateFiles(sandbox.KeystoreFolder, "*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            Assert.Equal("waiaas-keystore", root.GetProperty("format").GetString());
            Assert.Equal(Path.GetFileNameWithoutExtension(file), root.GetProperty("walletId").GetString());
            foreach (var field in new[] { "nonce", "ciphertext", "tag", "publicKey" })
            {
                Assert.NotEmpty(Convert.FromHexString(root.GetProperty(field).GetString()!));
            }
        }
    }

    private static async Task AssertConsistentAsync(DaemonSandbox sandbox, ICollection<string> confirmed)
    {
        var keystore = await sandbox.RunAsync("keystore", "verify");
        Assert.True(keystore.ExitCode == 0, keystore.ToString());
        Assert.DoesNotContain("FAILED", keystore.Output);
        Assert.DoesNotContain("MISSING", keystore.Output);

        var audit = await sandbox.RunAsync("audit", "verify");
        Assert.True(audit.ExitCode == 0, audit.ToString());

        var rows = SandboxDatabase.Strings(sandbox.DatabaseFile, "SELECT id FROM wallets WHERE purged_at IS NULL");
        foreach (var id in rows)
        {
            Assert.True(File.Exists(Path.Combine(sandbox.KeystoreFolder, id + ".json")), $"wallet {id} has no key file");
        }

        var present = rows.ToHashSet(StringComparer.Ordinal);
        Assert.All(confirmed, id => Assert.Contains(id, present));
        var created = SandboxDatabase.Strings(sandbox.DatabaseFile, "SELECT wallet_id FROM audit_log WHERE event_type = 'wallet.created'").ToHashSet(StringComparer.Ordinal);
        Assert.True(present.SetEquals(created), "wallet rows and wallet.created audit rows differ");
    }
}
