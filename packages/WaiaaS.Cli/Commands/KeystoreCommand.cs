using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using WaiaaS.Adapters.Evm;
using WaiaaS.Adapters.Solana.Keys;
using WaiaaS.Daemon.Keystore;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas keystore verify</c>: offline proof that the keystore folder plus the master password recovers every key
/// (works with the daemon stopped; reads the database only to find wallets whose key file is missing).
/// </summary>
internal static class KeystoreCommand
{
    public static Command Create(CliContext context)
    {
        var verify = new Command("verify", "Decrypt every key file with the master password and check it against its public key and address. Nothing secret is printed.");
        verify.SetAction(parse => Verify(context, parse.GetValue(CommonOptions.DataDir)));
        return new Command("keystore", "Keystore maintenance.") { verify };
    }

    private static int Verify(CliContext context, string? dataDir)
    {
        var (loaded, exitCode) = LoadedDataDirectory.Load(context, dataDir, initialize: false);
        if (loaded is null)
        {
            return exitCode;
        }

        var password = MasterPasswordSource.Read(context, fromStdin: false, confirmWhenPrompting: false);
        if (password is null)
        {
            return ExitCodes.MasterPasswordRejected;
        }

        IReadOnlyList<KeyFileCheck> checks;
        try
        {
            checks = KeystoreRecovery.Verify(loaded.Layout.KeystoreFolder, password, [new Ed25519KeyScheme(), new Secp256k1KeyScheme()]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }

        foreach (var check in checks)
        {
            context.Output.WriteLine(check.Recovered
                ? $"ok       {check.WalletId}  {check.Chain}  {check.Address}"
                : $"FAILED   {check.File}: {check.Problem}");
        }

        var missing = WalletsWithoutKeyFile(loaded, checks);
        foreach (var walletId in missing)
        {
            context.Output.WriteLine($"MISSING  {walletId}: the database lists this wallet but its key file is absent");
        }

        var failed = checks.Count(c => !c.Recovered) + missing.Count;
        context.Error.WriteLine(failed == 0
            ? $"All {checks.Count} key files recovered with the master password."
            : $"{failed} problem(s) among {checks.Count} key files.");
        return failed == 0 ? ExitCodes.Success : ExitCodes.IntegrityCheckFailed;
    }

    // Wallets that should have a key: every wallet row that has not been purged.
    private static List<string> WalletsWithoutKeyFile(LoadedDataDirectory loaded, IReadOnlyList<KeyFileCheck> checks)
    {
        var databaseFile = loaded.Layout.DatabaseFile(loaded.Config.Database.Path);
        if (!File.Exists(databaseFile))
        {
            return [];
        }

        var present = checks.Where(c => c.WalletId is not null).Select(c => c.WalletId!).ToHashSet(StringComparer.Ordinal);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM wallets WHERE purged_at IS NULL ORDER BY id";
        using var reader = command.ExecuteReader();
        var missing = new List<string>();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (!present.Contains(id))
            {
                missing.Add(id);
            }
        }

        return missing;
    }
}
