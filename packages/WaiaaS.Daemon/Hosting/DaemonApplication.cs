using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using WaiaaS.Daemon.Endpoints;
using WaiaaS.Daemon.Http;
using WaiaaS.Daemon.KillSwitch;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Telegram;

namespace WaiaaS.Daemon.Hosting;

/// <summary>Builds the web host: Kestrel on the configured loopback address, services, middleware order, endpoints.</summary>
internal static class DaemonApplication
{
    public static WebApplication Build(DaemonStartOptions options, string databaseFile, SchemaGateOutcome gate, UnlockedStateHolder holder)
    {
        var config = options.Config;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        // The daemon is configured by config.toml and WAIAAS_* only: no appsettings.json from the data directory, no
        // ASPNETCORE_*/DOTNET_* overrides (e.g. extra Kestrel endpoints), and no file watcher on the data directory.
        builder.Configuration.Sources.Clear();
        ConfigureLogging(builder.Logging, config.Daemon.LogLevel);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = BodySizeLimitMiddleware.MaxBodyBytes;
            kestrel.Listen(ListenAddress(config.Daemon.Hostname), config.Daemon.Port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(config.Daemon.ShutdownTimeoutSeconds));
        builder.Services.Configure<RouteHandlerOptions>(routing => routing.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(json => json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);
        builder.Services.AddOpenApi();
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins([.. config.Security.CorsOrigins])
            .AllowAnyMethod()
            .AllowAnyHeader()
            .WithExposedHeaders(RequestIdMiddleware.HeaderName, "Retry-After")));
        builder.Services.AddWaiaasDaemon(options, databaseFile, gate, holder);
        options.ConfigureBuilder?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseMiddleware<HostGuardMiddleware>();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseRouting();
        // Browsers may call the API only from [security] cors_origins (none by default); preflights end here.
        app.UseCors();
        app.UseMiddleware<KillSwitchMiddleware>();
        app.UseMiddleware<AuthenticationMiddleware>();
        app.MapOpenApi("/openapi/{documentName}.json").AllowWithoutCredentials();
        app.MapHealthEndpoints();
        app.MapWalletEndpoints();
        app.MapAuditEndpoints();
        app.MapOwnerControlEndpoints();
        app.MapPolicyEndpoints();
        app.MapTransactionEndpoints();
        app.MapAgentWalletEndpoints();
        app.MapConnectInfoEndpoints();
        app.MapSessionEndpoints();
        app.MapNotificationEndpoints();
        app.MapTelegramEndpoints();
        return app;
    }

    private static IPAddress ListenAddress(string hostname) =>
        hostname.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(hostname.Trim('[', ']'));

    private static void ConfigureLogging(ILoggingBuilder logging, string level)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ ";
            console.UseUtcTimestamp = true;
        });
        // stdout belongs to data (and to the MCP protocol later); every log line goes to stderr.
        logging.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(ParseLevel(level));
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // HttpClient logs every request URL at Information; an RPC URL may carry an API key.
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
    }

    private static LogLevel ParseLevel(string level) => level switch
    {
        "trace" => LogLevel.Trace,
        "debug" => LogLevel.Debug,
        "warn" or "warning" => LogLevel.Warning,
        "error" => LogLevel.Error,
        _ => LogLevel.Information,
    };
}
