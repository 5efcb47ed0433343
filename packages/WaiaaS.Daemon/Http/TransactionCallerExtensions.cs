using Microsoft.AspNetCore.Http;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Transactions;

namespace WaiaaS.Daemon.Http;

/// <summary>Who is calling a pipeline endpoint: the authenticated session (its wallets and constraints) or the operator.</summary>
internal static class TransactionCallerExtensions
{
    public static TransactionCaller Caller(this HttpContext context) =>
        context.Features.Get<AuthenticatedSession>() is { } session
            ? new($"session:{session.SessionId}", session.SessionId, session.WalletIds, session.Constraints, context.TraceIdentifier)
            : new(AuditActors.Master, null, null, null, context.TraceIdentifier);
}
