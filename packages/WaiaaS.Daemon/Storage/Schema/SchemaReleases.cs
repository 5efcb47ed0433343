namespace WaiaaS.Daemon.Storage;

/// <summary>
/// Which WaiaaS releases wrote which schema, so a database too old for this build gets upgrade steps through
/// releases that can migrate it. Add a row whenever a release changes <see cref="SchemaVersions"/>; never invent one.
/// </summary>
public static class SchemaReleases
{
    /// <summary>
    /// Known release lines, oldest first. Schema 1 only existed in development builds of 0.1.0; 0.1.x ships schema 2
    /// and migrates schema 1.
    /// </summary>
    public static IReadOnlyList<SchemaRelease> All { get; } =
    [
        new SchemaRelease("0.1.x", LatestSchema: 3, MinCompatibleSchema: 1),
    ];

    /// <summary>
    /// The releases to go through, in order, to bring a database at <paramref name="databaseVersion"/> up to at least
    /// <paramref name="targetMinCompatible"/>; empty when no known release can (then only a backup helps).
    /// </summary>
    public static IReadOnlyList<SchemaRelease> UpgradePath(IReadOnlyList<SchemaRelease> releases, int databaseVersion, int targetMinCompatible)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var path = new List<SchemaRelease>();
        var version = databaseVersion;
        while (version < targetMinCompatible)
        {
            // The newest release that still migrates this version goes furthest in one step.
            var next = releases
                .Where(r => r.MinCompatibleSchema <= version && r.LatestSchema > version)
                .MaxBy(r => r.LatestSchema);
            if (next is null)
            {
                return [];
            }

            path.Add(next);
            version = next.LatestSchema;
        }

        return path;
    }
}
