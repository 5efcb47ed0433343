using System.Globalization;
using System.Reflection;
using System.Text;

namespace WaiaaS.Daemon.Storage;

/// <summary>The operator-facing texts of the gate's refusals.</summary>
internal static class SchemaGateMessages
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ProductVersion { get; } =
        typeof(SchemaGate).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string TooNew(string file, int version, SchemaPlan plan) =>
        $"database schema {version} is newer than this WaiaaS ({ProductVersion}, schema {plan.Latest}); run `waiaas upgrade` "
        + $"to install the WaiaaS version that wrote it. The database ({file}) was not changed.";

    public static string TooOld(string file, int version, SchemaPlan plan)
    {
        var text = new StringBuilder()
            .Append(Invariant, $"database schema {version} is too old for this WaiaaS ({ProductVersion}), which migrates schema {plan.MinCompatible} ")
            .Append(Invariant, $"and newer (up to {plan.Latest}). The database ({file}) was not changed.");
        var path = SchemaReleases.UpgradePath(plan.Releases, version, plan.MinCompatible);
        if (path.Count == 0)
        {
            return text
                .Append(Invariant, $" No known WaiaaS release migrates schema {version}: restore a backup of the data directory made by a newer ")
                .Append("version, or recover the wallets from the keystore folder with the master password (`waiaas keystore verify`).")
                .ToString();
        }

        text.Append(" Upgrade through older releases first:");
        var step = 1;
        text.Append(Invariant, $"\n  {step++}. stop the daemon: `waiaas stop`");
        foreach (var release in path)
        {
            text.Append(Invariant, $"\n  {step++}. install the newest WaiaaS {release.ProductVersion} release: ")
                .Append("`dotnet tool update -g WaiaaS.Cli --version <that version>`")
                .Append(Invariant, $"\n  {step++}. run `waiaas start` once so it migrates the database to schema {release.LatestSchema}, then `waiaas stop`");
        }

        return text
            .Append(Invariant, $"\n  {step}. reinstall this version: `dotnet tool update -g WaiaaS.Cli --version {ProductVersion}`, then `waiaas start`")
            .ToString();
    }

    public static string MigrationFailed(SchemaMigrationStep step, Exception error, string? backupFile) =>
        $"database migration step {step.Name} (schema {step.Version - 1} to {step.Version}) failed: {error.Message} "
        + $"That step was rolled back; the database is at schema {step.Version - 1} (steps before it stay applied). Start-up stopped."
        + (backupFile is null ? string.Empty : $" The database as it was before migrating is at {backupFile}.");
}
