using Microsoft.Extensions.Hosting;
using WaiaaS.Mcp.Sessions;

namespace WaiaaS.Mcp.Server;

/// <summary>Starts the <see cref="SessionManager"/> with the server and disposes it (waiting for a renewal in flight) on shutdown.</summary>
internal sealed class SessionManagerLifetime(SessionManager session) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => session.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken) => await session.DisposeAsync().ConfigureAwait(false);
}
