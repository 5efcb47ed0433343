using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Security;

/// <summary>Appends authentication failures (and the lockouts they start) to the hash-chained audit log.</summary>
internal sealed class AuditingSecurityEventRecorder(IDbContextFactory<WaiaasDbContext> factory, AuditLogWriter audit) : ISecurityEventRecorder
{
    public async Task MasterAuthFailedAsync(HttpContext context, bool passwordPresented, TimeSpan? lockedFor, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var ip = context.Connection.RemoteIpAddress?.ToString();
        await audit.AppendAsync(db, new AuditEntry(AuditEvents.MasterAuthFailed, AuditActors.Master)
        {
            RequestId = context.TraceIdentifier,
            IpAddress = ip,
            Details = new JsonObject { ["path"] = context.Request.Path.Value, ["passwordPresented"] = passwordPresented },
        }, cancellationToken).ConfigureAwait(false);
        if (lockedFor is { } duration)
        {
            await audit.AppendAsync(db, new AuditEntry(AuditEvents.MasterAuthLockedOut, AuditActors.System)
            {
                RequestId = context.TraceIdentifier,
                IpAddress = ip,
                Details = new JsonObject { ["lockedForSeconds"] = (long)Math.Ceiling(duration.TotalSeconds) },
            }, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
