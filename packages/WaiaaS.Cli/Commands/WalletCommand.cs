using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas wallet create|list|info</c>: wallet management through the running daemon (masterAuth).</summary>
internal static class WalletCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout", Recursive = true };

    public static Command Create(CliContext context)
    {
        var command = new Command("wallet", "Create and inspect wallets (the daemon must be running).") { Json };
        command.Add(CreateSubcommand(context));
        command.Add(ListSubcommand(context));
        command.Add(InfoSubcommand(context));
        return command;
    }

    private static Command CreateSubcommand(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "Wallet name (unique)", Required = true };
        var chain = new Option<string>("--chain") { Description = "solana or ethereum", Required = true };
        chain.AcceptOnlyFromAmong("solana", "ethereum");
        var environment = new Option<string>("--environment") { Description = "testnet or mainnet", DefaultValueFactory = _ => "testnet" };
        environment.AcceptOnlyFromAmong("testnet", "mainnet");
        var command = new Command("create", "Create a wallet: a new key pair in the keystore.") { name, chain, environment };
        command.SetAction((parse, ct) => CallAsync(context, parse, HttpMethod.Post, "v1/wallets", new
        {
            name = parse.GetValue(name),
            chain = parse.GetValue(chain),
            environment = parse.GetValue(environment),
        }, ct));
        return command;
    }

    private static Command ListSubcommand(CliContext context)
    {
        var command = new Command("list", "List wallets.");
        command.SetAction((parse, ct) => CallAsync(context, parse, HttpMethod.Get, "v1/wallets", null, ct));
        return command;
    }

    private static Command InfoSubcommand(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Wallet id" };
        var command = new Command("info", "Show one wallet.") { id };
        command.SetAction((parse, ct) => CallAsync(context, parse, HttpMethod.Get, "v1/wallets/" + Uri.EscapeDataString(parse.GetValue(id)!), null, ct));
        return command;
    }

    private static async Task<int> CallAsync(CliContext context, ParseResult parse, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var (loaded, exitCode) = LoadedDataDirectory.Load(context, parse.GetValue(CommonOptions.DataDir), initialize: false);
        if (loaded is null)
        {
            return exitCode;
        }

        using var connection = DaemonConnection.Find(loaded);
        if (connection is null)
        {
            context.Error.WriteLine("error: the daemon is not running; start it with 'waiaas start'.");
            return ExitCodes.NotRunning;
        }

        var password = MasterPasswordSource.Read(context, fromStdin: false, confirmWhenPrompting: false);
        if (password is null)
        {
            return ExitCodes.MasterPasswordRejected;
        }

        int status;
        JsonElement response;
        try
        {
            (status, response) = await connection.SendAsync(method, path, password, body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(password);
        }

        if (status >= 400)
        {
            return DaemonConnection.Refused(context, status, response);
        }

        if (parse.GetValue(Json))
        {
            context.Output.WriteLine(JsonSerializer.Serialize(response, DaemonConnection.Json));
        }
        else if (response.TryGetProperty("items", out var items))
        {
            foreach (var wallet in items.EnumerateArray())
            {
                PrintLine(context, wallet);
            }
        }
        else
        {
            PrintLine(context, response);
        }

        return ExitCodes.Success;
    }

    private static void PrintLine(CliContext context, JsonElement wallet) =>
        context.Output.WriteLine(string.Join(
            "  ",
            wallet.GetProperty("id").GetString(),
            wallet.GetProperty("name").GetString(),
            wallet.GetProperty("chain").GetString() + "/" + wallet.GetProperty("environment").GetString(),
            wallet.GetProperty("status").GetString(),
            wallet.GetProperty("address").GetString()));
}
