namespace WaiaaS.Core.Contracts;

/// <summary><c>GET /health</c> (seed 003 §4).</summary>
/// <param name="Status"><c>ok</c> while the daemon serves requests.</param>
/// <param name="Version">This daemon's version.</param>
/// <param name="LatestVersion">The newest published version, or null until the version check has run (or when it is off).</param>
/// <param name="UpdateAvailable">Whether <paramref name="LatestVersion"/> is newer than <paramref name="Version"/>.</param>
/// <param name="SchemaVersion">The schema version recorded in the database.</param>
/// <param name="Uptime">Seconds since the daemon started.</param>
/// <param name="Timestamp">Now, in Unix seconds.</param>
public sealed record HealthResponse(string Status, string Version, string? LatestVersion, bool UpdateAvailable, int SchemaVersion, long Uptime, long Timestamp);
