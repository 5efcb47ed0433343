using System.CommandLine;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas audit verify</c>: recomputes the audit log's hash chain offline and names the first broken row.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var verify = new Command("verify", "Check the audit log's hash chain; prints the first row that does not match. Works with the daemon running or stopped.");
        verify.SetAction((parse, ct) => VerifyAsync(context, parse.GetValue(CommonOptions.DataDir), ct));
        return new Command("audit", "Audit log.") { verify };
    }

    private static async Task<int> VerifyAsync(CliContext context, string? dataDir, CancellationToken cancellationToken)
    {
        var (loaded, exitCode) = LoadedDataDirectory.Load(context, dataDir, initialize: false);
        if (loaded is null)
        {
            return exitCode;
        }

        var databaseFile = loaded.Layout.DatabaseFile(loaded.Config.Database.Path);
        if (!File.Exists(databaseFile))
        {
            context.Error.WriteLine($"error: there is no database at {databaseFile} yet (the daemon creates it on first start).");
            return ExitCodes.Failure;
        }

        var version = SchemaGate.ReadVersion(databaseFile);
        if (version is null || version > SchemaVersions.Latest)
        {
            context.Error.WriteLine($"error: the database schema ({version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}) is not one this WaiaaS understands (latest {SchemaVersions.Latest}); run 'waiaas upgrade'.");
            return ExitCodes.SchemaIncompatible;
        }

        await using var db = new WaiaasDbContext(WaiaasDatabase.CreateOptions(databaseFile, loaded.Config.Database));
        var result = await AuditChainVerifier.VerifyAsync(db, cancellationToken).ConfigureAwait(false);
        context.Output.WriteLine(result.Describe());
        return result.Valid ? ExitCodes.Success : ExitCodes.IntegrityCheckFailed;
    }
}
