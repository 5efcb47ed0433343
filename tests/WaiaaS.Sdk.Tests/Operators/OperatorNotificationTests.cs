using System.Net;
using System.Net.Sockets;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Tests.Hosting;
using WaiaaS.Sdk.Tests.Hosting;

namespace WaiaaS.Sdk.Tests.Operators;

/// <summary><see cref="WaiaasOperatorClient"/>'s notification calls against a real daemon (channel deliveries: daemon tests).</summary>
public sealed class OperatorNotificationTests
{
    [Fact]
    public async Task Status_Test_And_Log()
    {
        // ntfy points at a loopback port nobody listens on: the test message fails there, without leaving the machine.
        var config = DaemonTestHost.TestConfig() with
        {
            Notifications = new NotificationSettings { Enabled = false, NtfyUrl = ClosedPortUrl(), NtfyTopic = "sdk-topic-secret", ChannelOrder = ["ntfy", "slack"] },
        };
        await using var daemon = await SdkDaemon.StartAsync(config);
        using var op = daemon.Operator();

        var status = await op.GetNotificationStatusAsync();
        var test = await op.SendTestNotificationAsync();
        var firstPage = await op.GetNotificationLogAsync(limit: 1);
        var badLimit = await Assert.ThrowsAsync<WaiaasApiException>(() => op.GetNotificationLogAsync(limit: 500));

        Assert.Equal((false, false, 20, "en"), (status.Enabled, status.Delivering, status.RateLimitRpm, status.Locale));
        Assert.Equal(["ntfy", "slack"], status.ChannelOrder);
        Assert.Contains(status.Channels, c => c is { Name: "ntfy", Configured: true, Position: 1 });
        Assert.Contains(status.Channels, c => c is { Name: "slack", Configured: false, Position: 2 });
        Assert.Contains(status.Channels, c => c is { Name: "telegram", Position: null });
        var result = Assert.Single(test.Items);
        Assert.Equal(("ntfy", "FAILED"), (result.Channel, result.Status));
        Assert.StartsWith("request failed", result.Error, StringComparison.Ordinal);
        var row = Assert.Single(firstPage.Items);
        Assert.Equal(("ntfy", "FAILED", "NOTIFICATION_TEST"), (row.Channel, row.Status, row.EventType));
        Assert.DoesNotContain("sdk-topic-secret", row.Message + row.Error, StringComparison.Ordinal);
        Assert.Equal((400, "VALIDATION_FAILED"), (badLimit.Status, badLimit.Code));
    }

    private static string ClosedPortUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
