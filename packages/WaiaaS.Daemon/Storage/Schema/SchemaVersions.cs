namespace WaiaaS.Daemon.Storage;

/// <summary>
/// The schema versions this build knows. <see cref="Latest"/> is what it creates and migrates to;
/// databases from <see cref="MinCompatible"/> up are migrated automatically, older ones are refused with
/// instructions (see <see cref="SchemaReleases"/>), newer ones are refused.
/// </summary>
public static class SchemaVersions
{
    /// <summary>The schema this build writes.</summary>
    public const int Latest = 3;

    /// <summary>The oldest schema this build migrates from.</summary>
    public const int MinCompatible = 1;
}
