using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Crypto;
using WaiaaS.Core.FileSystem;
using WaiaaS.Daemon.Keystore;
using WaiaaS.Daemon.Security;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Hosting;

/// <summary>
/// A running daemon. <see cref="StartAsync"/> runs the start-up sequence: instance lock → libsodium → schema gate →
/// master password (one Argon2id, overlapped with building the web host) → keystore → Kestrel → pid/port files.
/// Disposing it shuts down gracefully: in-flight requests finish, the WAL is checkpointed, keys are wiped and the
/// pid/port files removed.
/// </summary>
public sealed partial class WaiaasDaemon : IAsyncDisposable
{
    private readonly DaemonStartOptions _options;
    private readonly DaemonInstanceLock _instanceLock;
    private readonly UnlockedSecrets _secrets;
    private readonly MasterPasswordGuard _guard;
    private readonly ILogger _logger;
    private int _disposed;

    private WaiaasDaemon(DaemonStartOptions options, DaemonInstanceLock instanceLock, WebApplication app, UnlockedSecrets secrets, MasterPasswordGuard guard, int port)
    {
        _options = options;
        _instanceLock = instanceLock;
        App = app;
        _secrets = secrets;
        _guard = guard;
        Port = port;
        _logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WaiaaS.Daemon");
    }

    /// <summary>The web application (tests create clients from it).</summary>
    public WebApplication App { get; }

    /// <summary>The port Kestrel listens on (the configured one, or the one the OS picked for port 0).</summary>
    public int Port { get; }

    /// <summary>Starts the daemon or throws <see cref="DaemonStartException"/> with an operator-facing message.</summary>
    public static async Task<WaiaasDaemon> StartAsync(DaemonStartOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var instanceLock = DaemonInstanceLock.TryAcquire(options.Layout)
            ?? throw new DaemonStartException(DaemonStartFailure.AlreadyRunning, $"another WaiaaS daemon is already running for {options.Layout.Root}{DescribeRunning(options)}");
        UnlockedSecrets? secrets = null;
        WebApplication? app = null;
        try
        {
            EnsureSodium();
            var databaseFile = options.Layout.DatabaseFile(options.Config.Database.Path);
            var gate = DaemonStartup.OpenDatabase(options, databaseFile);
            var unlocking = Task.Run(() => DaemonStartup.Unlock(options, databaseFile), cancellationToken);
            var holder = new UnlockedStateHolder();
            app = DaemonApplication.Build(options, databaseFile, gate, holder);
            var unlock = await unlocking.ConfigureAwait(false);
            secrets = unlock.Secrets!;
            var guard = MasterPasswordGuard.Create(options.MasterPassword);
            CryptographicOperations.ZeroMemory(options.MasterPassword);
            holder.Set(guard, new FileKeyStore(options.Layout.KeystoreFolder, secrets, options.Time));
            DaemonStartup.RecordStart(options, databaseFile, app.Services, unlock, gate);
            await StartServerAsync(app, options, cancellationToken).ConfigureAwait(false);
            var daemon = new WaiaasDaemon(options, instanceLock, app, secrets, guard, BoundPort(app, options));
            daemon.AfterStart(gate);
            return daemon;
        }
        catch
        {
            CryptographicOperations.ZeroMemory(options.MasterPassword);
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            ReleasePooledConnections(options);
            secrets?.Dispose();
            instanceLock.Dispose();
            throw;
        }
    }

    /// <summary>Completes when the host has been asked to stop (SIGTERM, Ctrl+C, or <see cref="StopAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(App, cancellationToken);

    /// <summary>Stops accepting requests and waits for in-flight ones (up to <c>shutdown_timeout</c>).</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => App.StopAsync(cancellationToken);

    /// <summary>Graceful shutdown: stop the server, record it, checkpoint the WAL, wipe keys, remove pid/port files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await App.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await DaemonStartup.RecordStopAsync(App.Services).ConfigureAwait(false);
            var factory = App.Services.GetRequiredService<IDbContextFactory<WaiaasDbContext>>();
            await using (var db = await factory.CreateDbContextAsync().ConfigureAwait(false))
            {
                WaiaasDatabase.Checkpoint(db);
            }
        }
        finally
        {
            await App.DisposeAsync().ConfigureAwait(false);
            ReleasePooledConnections(_options);
            _guard.Dispose();
            _secrets.Dispose();
            if (_options.WriteProcessFiles)
            {
                TryDelete(_options.Layout.PidFile);
                TryDelete(_options.Layout.PortFile);
            }

            LogStopped(_logger);
            _instanceLock.Dispose();
        }
    }

    private void AfterStart(SchemaGateOutcome gate)
    {
        if (_options.WriteProcessFiles)
        {
            AtomicFileWriter.Write(_options.Layout.PidFile, System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId + "\n"));
            AtomicFileWriter.Write(_options.Layout.PortFile, System.Text.Encoding.ASCII.GetBytes(Port + "\n"));
        }

        var schema = gate.Describe();
        LogStarted(_logger, Core.ProductInfo.Version, _options.Config.Daemon.Hostname, Port, schema);
    }

    // Pooled connections outlive the DbContext factory; a later daemon in the same process (tests, an in-process
    // restart) must not reuse a handle to a file that was replaced or restored in between.
    private static void ReleasePooledConnections(DaemonStartOptions options)
    {
        var databaseFile = options.Layout.DatabaseFile(options.Config.Database.Path);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(WaiaasDatabase.ConnectionString(databaseFile, options.Config.Database.BusyTimeoutMs, pooling: true));
        Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
    }

    private static async Task StartServerAsync(WebApplication app, DaemonStartOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            var daemon = options.Config.Daemon;
            throw new DaemonStartException(
                DaemonStartFailure.PortInUse,
                $"port {daemon.Port} on {daemon.Hostname} is already in use by another program. Stop it, or choose another port: [daemon] port in config.toml or WAIAAS_DAEMON_PORT.",
                e);
        }
    }

    private static int BoundPort(WebApplication app, DaemonStartOptions options)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault();
        return first is not null && Uri.TryCreate(first, UriKind.Absolute, out var uri) ? uri.Port : options.Config.Daemon.Port;
    }

    private static void EnsureSodium()
    {
        try
        {
            Sodium.EnsureInitialized();
        }
        catch (SodiumUnavailableException e)
        {
            throw new DaemonStartException(DaemonStartFailure.LibsodiumMissing, e.Message, e);
        }
    }

    private static string DescribeRunning(DaemonStartOptions options)
    {
        var pid = TryRead(options.Layout.PidFile);
        var port = TryRead(options.Layout.PortFile);
        return pid is null ? "" : $" (pid {pid}{(port is null ? "" : ", port " + port)})";
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a stale pid file is recognised as stale because the lock is free.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WaiaaS {Version} listening on http://{Host}:{Port} ({Schema})")]
    private static partial void LogStarted(ILogger logger, string version, string host, int port, string schema);

    [LoggerMessage(Level = LogLevel.Information, Message = "WaiaaS stopped; keys wiped from memory")]
    private static partial void LogStopped(ILogger logger);
}
