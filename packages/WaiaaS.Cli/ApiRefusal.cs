using WaiaaS.Sdk;

namespace WaiaaS.Cli;

/// <summary>Prints what the SDK reports about a daemon that refused, or could not be reached, and gives the exit code.</summary>
internal static class ApiRefusal
{
    /// <summary><c>error: CODE: message</c> and <c>hint: …</c> on stderr (the format of <see cref="DaemonConnection.Refused"/>).</summary>
    public static int Print(CliContext context, WaiaasApiException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        context.Error.WriteLine($"error: {refusal.Code}: {DaemonMessage(refusal)}");
        if (!string.IsNullOrEmpty(refusal.Hint))
        {
            context.Error.WriteLine("hint: " + refusal.Hint);
        }

        return refusal.Code is "INVALID_MASTER_PASSWORD" or "MASTER_PASSWORD_LOCKED" ? ExitCodes.MasterPasswordRejected : ExitCodes.RequestRefused;
    }

    /// <summary>The daemon's own message (without the SDK's "&lt;call&gt; failed: CODE: " prefix).</summary>
    public static string DaemonMessage(WaiaasApiException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.DaemonMessage;
    }

    /// <summary>The daemon holds its lock but does not answer (or answered something that is no API response).</summary>
    public static int Unreachable(CliContext context, Uri daemon, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        context.Error.WriteLine($"error: the daemon at {daemon} did not answer properly: {failure.Message}");
        return ExitCodes.Failure;
    }
}
