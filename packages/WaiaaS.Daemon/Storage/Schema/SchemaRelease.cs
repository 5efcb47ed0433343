namespace WaiaaS.Daemon.Storage;

/// <summary>A WaiaaS release line and the schema range it handles.</summary>
/// <param name="ProductVersion">Release line as users install it (e.g. <c>0.1.x</c>).</param>
/// <param name="LatestSchema">The schema it writes.</param>
/// <param name="MinCompatibleSchema">The oldest schema it migrates from.</param>
public sealed record SchemaRelease(string ProductVersion, int LatestSchema, int MinCompatibleSchema);
