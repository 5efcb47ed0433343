using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using WaiaaS.Core;
using WaiaaS.Mcp.Resources;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tools;

namespace WaiaaS.Mcp.Server;

/// <summary>
/// The WaiaaS MCP server over stdio (SPEC §13): the agent's tools and resources, each a call to the local daemon with the
/// session token the <see cref="SessionManager"/> keeps renewed. stdout carries only the protocol; logs go to stderr.
/// </summary>
public static class WaiaasMcpServer
{
    /// <summary>Runs the server until stdin closes or <paramref name="cancellationToken"/> fires.</summary>
    /// <param name="settings">Daemon address and session options.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    public static async Task RunAsync(McpServerSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // An empty builder: no appsettings.json, no environment or command-line configuration, nothing read from the
        // working directory a client happens to start us in.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(settings.LogLevel);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // The MCP library logs every request at Information; keep that for --log-level debug and below.
        builder.Logging.AddFilter("ModelContextProtocol", settings.LogLevel <= LogLevel.Debug ? settings.LogLevel : LogLevel.Warning);
        builder.Services.AddWaiaasMcpServices(settings);
        builder.Services
            .AddMcpServer(options => options.ServerInfo = new Implementation { Name = McpServerSettings.ServerName, Version = ProductInfo.Version })
            .WithStdioServerTransport()
            .WithTools<WalletTools>()
            .WithTools<TransactionTools>()
            .WithResources<WaiaasResources>();

        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The services the tools use: the session manager (started and disposed with the host) and the daemon client.</summary>
    internal static IServiceCollection AddWaiaasMcpServices(this IServiceCollection services, McpServerSettings settings)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(settings.Session);
        services.AddHttpClient(DaemonApi.HttpClientName, client =>
        {
            client.BaseAddress = settings.DaemonUrl;
            client.Timeout = TimeSpan.FromSeconds(30);
        });
        services.AddSingleton<DaemonApi>();
        services.AddSingleton<ISessionRenewalClient>(provider => provider.GetRequiredService<DaemonApi>());
        services.AddSingleton<SessionManager>();
        services.AddHostedService<SessionManagerLifetime>();
        services.AddSingleton<ToolRunner>();
        return services;
    }
}
