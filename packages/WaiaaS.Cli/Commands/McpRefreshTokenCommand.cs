using System.CommandLine;
using WaiaaS.Cli.Mcp;
using WaiaaS.Core.Sessions;
using WaiaaS.Sdk;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas mcp refresh-token [--wallet &lt;id|name&gt;] [--ttl] [--max-renewals] [--lifetime] [--json]</c>: replaces the
/// session in a token file with a new one for the same wallets and constraints. Create → write → revoke (see
/// <see cref="McpTokenInstaller"/>), so a crash never leaves the file without a valid token.
/// </summary>
internal static class McpRefreshTokenCommand
{
    public static Command Create(CliContext context)
    {
        var wallet = new Option<string?>("--wallet") { Description = "Refresh mcp-tokens/<id> of this wallet (id or name) instead of mcp-token", HelpName = "id|name" };
        var json = new Option<bool>("--json") { Description = "Print {sessionId, expiresAt, tokenFile, walletIds, previousSessionId} as JSON" };
        var limits = new SessionLimitOptions();
        var command = new Command("refresh-token", "Replace the session in an MCP token file with a new one (same wallets and constraints); a running MCP server picks it up.")
        {
            wallet, json,
        };
        limits.AddTo(command);
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var layout = session.Loaded.Layout;
            var tokenFile = SessionTokenFile.DefaultPath(layout);
            if (parse.GetValue(wallet) is { } named)
            {
                var found = await session.FindWalletAsync(context, named, ct).ConfigureAwait(false);
                if (found is null)
                {
                    return ExitCodes.Usage;
                }

                tokenFile = SessionTokenFile.ForWallet(layout, found.Id);
            }

            var setup = parse.GetValue(wallet) is { } w ? $"waiaas mcp setup --wallet {w}" : "waiaas mcp setup";
            var token = SessionTokenFile.Read(tokenFile);
            var claims = token.Succeeded ? SessionTokenCodec.DecodeUntrusted(token.Value) : default;
            if (!token.Succeeded || !claims.Succeeded)
            {
                // An expired token is fine (it only names the session); a missing or unsafe file is not.
                context.Error.WriteLine($"error: {(token.Failure ?? claims.Failure)!.Message}");
                context.Error.WriteLine($"hint: create a session and its token file with '{setup}'.");
                return ExitCodes.Failure;
            }

            var oldId = claims.Value!.SessionId;
            Core.Contracts.SessionResponse old;
            try
            {
                old = await session.Operator.GetSessionAsync(oldId, ct).ConfigureAwait(false);
            }
            catch (WaiaasApiException e) when (e.Code == "SESSION_NOT_FOUND")
            {
                context.Error.WriteLine($"error: the session in {tokenFile} ({oldId}) is unknown to this daemon.");
                context.Error.WriteLine($"hint: create a new one with '{setup}'.");
                return ExitCodes.RequestRefused;
            }

            var request = limits.Request(parse, [.. old.Wallets.Select(x => x.Id)], McpSetupCommand.Source, old.Constraints.DeepClone().AsObject());
            var created = await session.Operator.CreateSessionAsync(request, ct).ConfigureAwait(false);
            if (await McpTokenInstaller.InstallAsync(context, session.Operator, tokenFile, created, oldId, ct).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }

            Print(context, parse.GetValue(json), created, tokenFile, oldId);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static void Print(CliContext context, bool json, Core.Contracts.SessionResponse created, string tokenFile, string oldId)
    {
        if (json)
        {
            context.Output.WriteLine(CliFormat.ToJson(new System.Text.Json.Nodes.JsonObject
            {
                ["sessionId"] = created.Id,
                ["expiresAt"] = created.ExpiresAt,
                ["tokenFile"] = tokenFile,
                ["walletIds"] = new System.Text.Json.Nodes.JsonArray([.. created.Wallets.Select(w => (System.Text.Json.Nodes.JsonNode?)w.Id)]),
                ["previousSessionId"] = oldId,
            }));
            return;
        }

        context.Output.WriteLine(tokenFile);
        context.Error.WriteLine($"Session {created.Id} replaces {oldId}; the token expires {CliFormat.Time(created.ExpiresAt)}.");
        context.Error.WriteLine("A running MCP server picks the new token up from the file; no restart needed.");
    }
}
