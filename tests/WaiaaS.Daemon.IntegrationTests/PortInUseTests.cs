using System.Net;
using System.Net.Sockets;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>A port taken by another program: exit 7 with a message naming the port, nothing left running.</summary>
public sealed class PortInUseTests
{
    [Fact]
    public async Task Start_on_a_busy_port_exits_7_naming_the_port()
    {
        await using var sandbox = new DaemonSandbox();
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var environment = sandbox.EnvironmentWith(("WAIAAS_DAEMON_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

            var foreground = await sandbox.RunAsync(environment, "start");
            Assert.True(foreground.ExitCode == 7, foreground.ToString());
            Assert.Contains($"port {port}", foreground.Error);
            Assert.Contains("already in use", foreground.Error);

            var detached = await sandbox.RunAsync(environment, "start", "--detach");
            Assert.True(detached.ExitCode == 7, detached.ToString());
            Assert.Contains($"port {port}", detached.Error);

            Assert.False(File.Exists(sandbox.PidFile));
            Assert.False(File.Exists(sandbox.PortFile));
            Assert.False(sandbox.LockHeld());
        }
        finally
        {
            listener.Stop();
        }
    }
}
