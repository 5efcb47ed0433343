using WaiaaS.Sdk;

namespace WaiaaS.Cli.Tests;

public sealed class ApiRefusalTests
{
    [Fact]
    public void Print_WritesCodeDaemonMessageAndHint_ToStderr()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, new Dictionary<string, string>(), "/home/alice");
        var refusal = new WaiaasApiException(409, "SESSION_LIMIT_REACHED", "POST /v1/sessions failed: SESSION_LIMIT_REACHED: The wallet already has 5 sessions.", "Revoke a session.")
        {
            DaemonMessage = "The wallet already has 5 sessions.", // as the SDK's error reader sets it
        };

        var exitCode = ApiRefusal.Print(context, refusal);

        Assert.Equal(ExitCodes.RequestRefused, exitCode);
        Assert.Equal($"error: SESSION_LIMIT_REACHED: The wallet already has 5 sessions.{Environment.NewLine}hint: Revoke a session.{Environment.NewLine}", error.ToString());
        Assert.Empty(output.ToString());
    }

    [Theory]
    [InlineData("INVALID_MASTER_PASSWORD")]
    [InlineData("MASTER_PASSWORD_LOCKED")]
    public void Print_MasterPasswordRefusals_ExitWithMasterPasswordRejected(string code)
    {
        using var error = new StringWriter();
        var context = new CliContext(TextWriter.Null, error, new Dictionary<string, string>(), "/home/alice");

        Assert.Equal(ExitCodes.MasterPasswordRejected, ApiRefusal.Print(context, new WaiaasApiException(401, code, "nope")));
        Assert.DoesNotContain("hint:", error.ToString());
    }

    [Fact]
    public void DaemonMessage_KeepsAMessageWithoutTheSdkPrefix()
    {
        Assert.Equal("GET /v1/x failed with HTTP 502.", ApiRefusal.DaemonMessage(new WaiaasApiException(502, "HTTP_502", "GET /v1/x failed with HTTP 502.")));
    }
}
