using System.CommandLine;
using System.Security.Cryptography;
using WaiaaS.Core.Contracts;
using WaiaaS.Sdk;

namespace WaiaaS.Cli;

/// <summary>
/// What an operator command needs: the checked data directory, the running daemon and a
/// <see cref="WaiaasOperatorClient"/> holding the master password. <see cref="RunAsync"/> sets it up, runs the command
/// and turns the SDK's exceptions into messages and exit codes.
/// </summary>
internal sealed class OperatorSession : IDisposable
{
    private readonly DaemonConnection _connection;

    private OperatorSession(LoadedDataDirectory loaded, DaemonConnection connection, WaiaasOperatorClient client)
    {
        Loaded = loaded;
        _connection = connection;
        Operator = client;
    }

    public LoadedDataDirectory Loaded { get; }

    public WaiaasOperatorClient Operator { get; }

    /// <summary>The HTTP client to the daemon (for an owner or agent client next to the operator's).</summary>
    public HttpClient Http => _connection.Client;

    public Uri BaseAddress => _connection.BaseAddress;

    /// <summary>Loads the data directory, finds the daemon, reads the master password and runs <paramref name="action"/>.</summary>
    public static async Task<int> RunAsync(CliContext context, ParseResult parse, Func<OperatorSession, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var (loaded, exitCode) = LoadedDataDirectory.Load(context, parse.GetValue(CommonOptions.DataDir), initialize: false);
        if (loaded is null)
        {
            return exitCode;
        }

        var connection = DaemonConnection.Find(loaded);
        if (connection is null)
        {
            context.Error.WriteLine("error: the daemon is not running; start it with 'waiaas start'.");
            return ExitCodes.NotRunning;
        }

        var password = MasterPasswordSource.Read(context, fromStdin: false, confirmWhenPrompting: false);
        if (password is null)
        {
            connection.Dispose();
            return ExitCodes.MasterPasswordRejected;
        }

        WaiaasOperatorClient client;
        try
        {
            client = new WaiaasOperatorClient(connection.Client, password);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }

        using var session = new OperatorSession(loaded, connection, client);
        try
        {
            return await action(session, cancellationToken).ConfigureAwait(false);
        }
        catch (WaiaasApiException refusal)
        {
            return ApiRefusal.Print(context, refusal);
        }
        catch (Exception e) when (e is WaiaasNetworkException or WaiaasProtocolException)
        {
            return ApiRefusal.Unreachable(context, session.BaseAddress, e);
        }
    }

    /// <summary>The wallet a command line names (id or name), or null after printing why on stderr.</summary>
    public async Task<WalletResponse?> FindWalletAsync(CliContext context, string idOrName, CancellationToken cancellationToken)
    {
        var found = WalletSelector.Find((await Operator.ListWalletsAsync(cancellationToken).ConfigureAwait(false)).Items, idOrName, out var problem);
        if (found is null)
        {
            context.Error.WriteLine("error: " + problem);
        }

        return found;
    }

    /// <summary>
    /// The id of the wallet an optional <c>--wallet</c> names: <c>(true, null)</c> when none is named, <c>(true, id)</c>
    /// when found, <c>(false, null)</c> after printing why it was not.
    /// </summary>
    public async Task<(bool Found, string? WalletId)> OptionalWalletIdAsync(CliContext context, string? idOrName, CancellationToken cancellationToken)
    {
        if (idOrName is null)
        {
            return (true, null);
        }

        var wallet = await FindWalletAsync(context, idOrName, cancellationToken).ConfigureAwait(false);
        return (wallet is not null, wallet?.Id);
    }

    public void Dispose()
    {
        Operator.Dispose();
        _connection.Dispose();
    }
}
