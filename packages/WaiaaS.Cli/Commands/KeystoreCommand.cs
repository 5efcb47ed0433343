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

        var database = ReadDatabase(loaded);
        IReadOnlyList<KeyFileCheck> checks;
        try
        {
            if (database.Verifier is { } record && !PasswordMatches(password, record))
            {
                context.Error.WriteLine("error: the master password does not match the one this data directory was set up with.");
                return ExitCodes.MasterPasswordRejected;
            }

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

        var present = checks.Where(c => c.WalletId is not null).Select(c => c.WalletId!).ToHashSet(StringComparer.Ordinal);
        var missing = database.WalletsNeedingKeys.Where(id => !present.Contains(id)).ToList();
        foreach (var walletId in missing)
        {
            context.Output.WriteLine($"MISSING  {walletId}: the database lists this wallet but its key file is absent");
        }

        // A creation interrupted between writing the key and committing the wallet row leaves such a file; its
        // address was never handed out. Reported, not counted as a failure, and never deleted automatically.
        foreach (var check in checks.Where(c => database.Exists && c.WalletId is not null && !database.AllWallets.Contains(c.WalletId)))
        {
            context.Output.WriteLine($"ORPHAN   {check.WalletId}: key file without a wallet row (left by an interrupted creation; not used)");
        }

        var failed = checks.Count(c => !c.Recovered) + missing.Count;
        context.Error.WriteLine(failed == 0
            ? $"All {checks.Count} key files recovered with the master password."
            : $"{failed} problem(s) among {checks.Count} key files.");
        return failed == 0 ? ExitCodes.Success : ExitCodes.IntegrityCheckFailed;
    }

    private static bool PasswordMatches(byte[] password, MasterPasswordRecord record)
    {
        using var secrets = Daemon.Security.MasterPasswordUnlock.UnlockWithVerifier(password, record);
        return secrets is not null;
    }

    // What the database says: every wallet, those that should still have a key (not purged), and the verifier.
    private static DatabaseFacts ReadDatabase(LoadedDataDirectory loaded)
    {
        var databaseFile = loaded.Layout.DatabaseFile(loaded.Config.Database.Path);
        if (!File.Exists(databaseFile))
        {
            return new DatabaseFacts(false, [], [], null);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var all = new HashSet<string>(StringComparer.Ordinal);
        var needingKeys = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, purged_at IS NULL FROM wallets ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                all.Add(reader.GetString(0));
                if (reader.GetBoolean(1))
                {
                    needingKeys.Add(reader.GetString(0));
                }
            }
        }

        return new DatabaseFacts(true, all, needingKeys, MasterPasswordRecord.Read(connection));
    }

    private sealed record DatabaseFacts(bool Exists, HashSet<string> AllWallets, List<string> WalletsNeedingKeys, MasterPasswordRecord? Verifier);
}
