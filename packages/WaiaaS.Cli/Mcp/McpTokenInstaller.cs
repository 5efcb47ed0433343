using WaiaaS.Core.Contracts;
using WaiaaS.Core.Sessions;
using WaiaaS.Sdk;

namespace WaiaaS.Cli.Mcp;

/// <summary>
/// Puts a new session's token into an MCP token file. Order: create (done by the caller) → write the file atomically →
/// revoke the session the file held before. A crash at any step leaves a file with a valid token (the old one until
/// the rename, the new one after); at worst the old session stays alive until it expires.
/// </summary>
internal static class McpTokenInstaller
{
    /// <summary>The session id in the token file at <paramref name="path"/>, or null when it is missing or unreadable.</summary>
    public static string? SessionIdIn(string path)
    {
        var token = SessionTokenFile.Read(path);
        if (!token.Succeeded)
        {
            return null;
        }

        var claims = SessionTokenCodec.DecodeUntrusted(token.Value);
        return claims.Succeeded ? claims.Value!.SessionId : null;
    }

    /// <summary>Writes <paramref name="created"/>'s token to <paramref name="path"/> and revokes <paramref name="previousSessionId"/>.</summary>
    /// <returns>Null on success, else the exit code (a message was printed).</returns>
    public static async Task<int?> InstallAsync(CliContext context, WaiaasOperatorClient client, string path, SessionResponse created, string? previousSessionId, CancellationToken cancellationToken)
    {
        var failure = SessionTokenFile.Write(path, created.Token ?? throw new InvalidOperationException("The daemon returned no token for a new session."));
        if (failure is not null)
        {
            context.Error.WriteLine($"error: {failure.Error.Code}: {failure.Message}");
            // Nobody can use the new session: nothing holds its token.
            await TryRevokeAsync(context, client, created.Id, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        if (previousSessionId is not null && previousSessionId != created.Id)
        {
            await TryRevokeAsync(context, client, previousSessionId, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private static async Task TryRevokeAsync(CliContext context, WaiaasOperatorClient client, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await client.RevokeSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        }
        catch (WaiaasApiException e) when (e.Code == "SESSION_NOT_FOUND")
        {
            // Already gone (another data directory's token, or a purged row): nothing to revoke.
        }
        catch (Exception e) when (e is WaiaasApiException or WaiaasNetworkException)
        {
            context.Error.WriteLine($"warning: could not revoke the previous session {sessionId} ({e.Message}); revoke it with: waiaas session revoke {sessionId}");
        }
    }
}
