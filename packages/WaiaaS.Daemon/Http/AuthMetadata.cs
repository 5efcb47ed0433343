namespace WaiaaS.Daemon.Http;

/// <summary>Endpoint metadata naming the credential the endpoint requires; endpoints without it are refused.</summary>
/// <param name="Requirement">The credential.</param>
public sealed record AuthMetadata(AuthRequirement Requirement);
