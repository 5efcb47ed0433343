using Microsoft.AspNetCore.Http;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Http;

/// <summary>Maps expected failures to the error envelope: the one translation from <see cref="Result{T}"/> to HTTP.</summary>
internal static class ResultHttpExtensions
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.Succeeded ? onSuccess(result.Value!) : result.Failure.ToHttp();
    }

    public static IResult ToHttp(this Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new ApiErrorResult(failure.Error, failure.Message, failure.Details);
    }

    public static Wallets.RequestOrigin MasterOrigin(this HttpContext context) =>
        new(Audit.AuditActors.Master, context.TraceIdentifier, context.Connection.RemoteIpAddress?.ToString());
}
