using Microsoft.AspNetCore.Http;

namespace WaiaaS.Daemon.Security;

/// <summary>Writes authentication failures to the audit log.</summary>
internal interface ISecurityEventRecorder
{
    /// <summary>Records a refused masterAuth attempt, and the lockout it started if any.</summary>
    Task MasterAuthFailedAsync(HttpContext context, bool passwordPresented, TimeSpan? lockedFor, CancellationToken cancellationToken);
}
