using System.Text.Json;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary><c>waiaas keystore verify</c> (daemon stopped): exit 11 with FAILED or MISSING lines naming the problem.</summary>
public sealed class KeystoreVerifyTests
{
    [Fact]
    public async Task Keystore_verify_names_wrong_passwords_tampered_files_and_missing_key_files()
    {
        await using var sandbox = new DaemonSandbox();
        await sandbox.StartDetachedAsync();
        var solana = await CreateWalletAsync(sandbox, "keys-solana", "solana");
        var ethereum = await CreateWalletAsync(sandbox, "keys-ethereum", "ethereum");
        Assert.True((await sandbox.RunAsync("stop")).ExitCode == 0);
        var solanaFile = Path.Combine(sandbox.KeystoreFolder, solana + ".json");
        var ethereumFile = Path.Combine(sandbox.KeystoreFolder, ethereum + ".json");

        var intact = await sandbox.RunAsync("keystore", "verify");
        Assert.True(intact.ExitCode == 0, intact.ToString());
        Assert.Contains($"ok       {solana}  solana", intact.Output);
        Assert.Contains($"ok       {ethereum}  ethereum", intact.Output);

        // With the database present, a wrong password is refused against the stored verifier.
        var wrong = await sandbox.RunAsync(sandbox.EnvironmentWith(("WAIAAS_MASTER_PASSWORD", "not-the-password")), "keystore", "verify");
        Assert.True(wrong.ExitCode == 8, wrong.ToString());
        Assert.Contains("does not match", wrong.Error);

        // The keystore folder alone (no database): every file fails to decrypt with a wrong password.
        var databaseFiles = Directory.GetFiles(Path.GetDirectoryName(sandbox.DatabaseFile)!);
        foreach (var file in databaseFiles)
        {
            File.Move(file, file + ".aside");
        }

        var wrongOffline = await sandbox.RunAsync(sandbox.EnvironmentWith(("WAIAAS_MASTER_PASSWORD", "not-the-password")), "keystore", "verify");
        var rightOffline = await sandbox.RunAsync("keystore", "verify");
        foreach (var file in databaseFiles)
        {
            File.Move(file + ".aside", file);
        }

        Assert.True(wrongOffline.ExitCode == 11, wrongOffline.ToString());
        Assert.Contains($"FAILED   {solana}.json", wrongOffline.Output);
        Assert.Contains($"FAILED   {ethereum}.json", wrongOffline.Output);
        Assert.DoesNotContain("ok ", wrongOffline.Output);
        Assert.True(rightOffline.ExitCode == 0, rightOffline.ToString());
        Assert.Contains($"ok       {solana}  solana", rightOffline.Output);

        // One hex digit of the ciphertext changed: AES-GCM authentication fails for that file only.
        var original = await File.ReadAllTextAsync(solanaFile);
        await File.WriteAllTextAsync(solanaFile, FlipFirstCiphertextDigit(original));
        var tampered = await sandbox.RunAsync("keystore", "verify");
        Assert.True(tampered.ExitCode == 11, tampered.ToString());
        Assert.Contains($"FAILED   {solana}.json", tampered.Output);
        Assert.Contains($"ok       {ethereum}  ethereum", tampered.Output);
        await File.WriteAllTextAsync(solanaFile, original);

        // A key file without a wallet row (what a creation interrupted before its commit leaves) is reported, not failed.
        var ethereumRow = SandboxDatabase.Strings(sandbox.DatabaseFile, $"SELECT name FROM wallets WHERE id = '{ethereum}'");
        Assert.Single(ethereumRow);
        SandboxDatabase.Execute(sandbox.DatabaseFile, "PRAGMA foreign_keys = OFF; DELETE FROM wallets WHERE id = $id", ("$id", ethereum));
        var orphan = await sandbox.RunAsync("keystore", "verify");
        Assert.True(orphan.ExitCode == 0, orphan.ToString());
        Assert.Contains($"ORPHAN   {ethereum}", orphan.Output);
        Assert.Contains($"ok       {solana}  solana", orphan.Output);

        File.Delete(ethereumFile);
        File.Delete(solanaFile);
        var missing = await sandbox.RunAsync("keystore", "verify");
        Assert.True(missing.ExitCode == 11, missing.ToString());
        Assert.Contains($"MISSING  {solana}", missing.Output);
        Assert.DoesNotContain(ethereum, missing.Output);
        Assert.DoesNotContain("FAILED", missing.Output);
    }

    private static async Task<string> CreateWalletAsync(DaemonSandbox sandbox, string name, string chain)
    {
        var created = await sandbox.RunAsync("wallet", "create", "--name", name, "--chain", chain, "--json");
        Assert.True(created.ExitCode == 0, created.ToString());
        return JsonDocument.Parse(created.Output).RootElement.GetProperty("id").GetString()!;
    }

    private static string FlipFirstCiphertextDigit(string json)
    {
        using var document = JsonDocument.Parse(json);
        var ciphertext = document.RootElement.GetProperty("ciphertext").GetString()!;
        var flipped = (ciphertext[0] == '0' ? '1' : '0') + ciphertext[1..];
        Assert.Equal(1, json.Split(ciphertext).Length - 1);
        return json.Replace(ciphertext, flipped, StringComparison.Ordinal);
    }
}
