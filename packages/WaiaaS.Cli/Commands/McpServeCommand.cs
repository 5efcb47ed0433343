using System.CommandLine;
using Microsoft.Extensions.Logging;
using WaiaaS.Core.Sessions;
using WaiaaS.Mcp.Server;
using WaiaaS.Mcp.Sessions;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas mcp serve [--wallet ID] [--token-file PATH] [--url URL]</c>: the MCP server on stdin/stdout, as an MCP client
/// (Claude Desktop, …) starts it. stdout carries only the protocol; every message goes to stderr.
/// </summary>
internal static class McpServeCommand
{
    private static readonly Option<string?> Wallet = new("--wallet") { Description = "Use the token file of this wallet (mcp-tokens/<id>) instead of mcp-token", HelpName = "id" };
    private static readonly Option<string?> TokenFile = new("--token-file") { Description = "Read and renew the session token in this file", HelpName = "path" };
    private static readonly Option<string?> Url = new("--url") { Description = "The daemon's address (default: the running daemon's, else [daemon] hostname and port)", HelpName = "url" };
    private static readonly Option<string> LogLevelOption = new("--log-level") { Description = "Lowest level logged to stderr: trace, debug, information, warning, error", DefaultValueFactory = _ => "information" };

    public static Command Create(CliContext context)
    {
        var command = new Command("serve", "Run the MCP server over stdio. The session token comes from the token file, else WAIAAS_SESSION_TOKEN; it renews itself.")
        {
            Wallet, TokenFile, Url, LogLevelOption,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            context,
            parse.GetValue(CommonOptions.DataDir),
            parse.GetValue(Wallet),
            parse.GetValue(TokenFile),
            parse.GetValue(Url),
            parse.GetValue(LogLevelOption)!,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? dataDir, string? walletId, string? tokenFile, string? url, string logLevel, CancellationToken cancellationToken)
    {
        var (loaded, exitCode) = LoadedDataDirectory.Load(context, dataDir, initialize: false);
        if (loaded is null)
        {
            return exitCode;
        }

        if (walletId is not null && !SessionTokenFile.IsValidWalletId(walletId))
        {
            context.Error.WriteLine("error: --wallet must be a wallet id (letters, digits, '-' and '_').");
            return ExitCodes.Usage;
        }

        if (!Enum.TryParse<LogLevel>(logLevel, ignoreCase: true, out var level) || !Enum.IsDefined(level))
        {
            context.Error.WriteLine("error: --log-level must be trace, debug, information, warning or error.");
            return ExitCodes.Usage;
        }

        var daemonUrl = DaemonAddress.Resolve(context, loaded, url);
        if (daemonUrl is null)
        {
            return ExitCodes.Usage;
        }

        context.Environment.TryGetValue(SessionManagerOptions.EnvironmentVariable, out var environmentToken);
        var session = SessionManagerOptions.For(loaded.Layout, walletId, string.IsNullOrWhiteSpace(environmentToken) ? null : environmentToken);
        if (tokenFile is not null)
        {
            session = session with { TokenFilePath = Path.GetFullPath(tokenFile) };
        }

        context.Error.WriteLine($"waiaas MCP server: daemon {daemonUrl}, token file {session.TokenFilePath}");
        await WaiaasMcpServer.RunAsync(new McpServerSettings(daemonUrl, session) { LogLevel = level }, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
