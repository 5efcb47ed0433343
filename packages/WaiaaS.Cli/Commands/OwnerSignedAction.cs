using System.CommandLine;
using System.Text;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Owners;
using WaiaaS.Sdk;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// Owner actions whose message the client writes (owner verification, recovery from a LOCKED kill switch). The CLI
/// never holds the owner's key, so it works in two runs: without <c>--signature</c> it fetches a nonce, prints the
/// message to sign and the command to run next; with <c>--message</c> (that text, base64) and <c>--signature</c> it
/// submits them. The nonce is valid 5 minutes and single use.
/// </summary>
internal static class OwnerSignedAction
{
    /// <summary>The result of <see cref="PrepareAsync"/>: a signature to submit, or the exit code when there is none (yet).</summary>
    public sealed record Prepared(OwnerSignature? Signature, string? WalletId, int? ExitCode);

    /// <summary>The options of a two-run owner action.</summary>
    public sealed class Options
    {
        public Option<string?> Wallet { get; } = new("--owner-wallet") { HelpName = "id|name" };

        public Option<string?> Message { get; } = new("--message") { Description = "The message that was signed, base64 (as printed by the first run)", HelpName = "base64" };

        public Option<string?> Signature { get; } = new("--signature") { Description = "The owner's signature over the message (EVM: 0x + 130 hex, EIP-191; Solana: base58 or base64)", HelpName = "sig" };

        public void AddTo(Command command, string? walletDescription)
        {
            if (walletDescription is not null)
            {
                Wallet.Description = walletDescription;
                command.Add(Wallet);
            }

            command.Add(Message);
            command.Add(Signature);
        }
    }

    /// <summary>Either the owner's signature to submit, or (first run) prints the message to sign and returns exit 0.</summary>
    public static async Task<Prepared> PrepareAsync(CliContext context, OperatorSession session, ParseResult parse, Options options, bool json, string walletIdOrName, Func<string, string> statement, string nextCommand, CancellationToken cancellationToken)
    {
        var wallet = await session.FindWalletAsync(context, walletIdOrName, cancellationToken).ConfigureAwait(false);
        if (wallet is null)
        {
            return new Prepared(null, null, ExitCodes.Usage);
        }

        if (wallet.OwnerAddress is not { } owner)
        {
            context.Error.WriteLine($"error: OWNER_NOT_SET: wallet {wallet.Name} ({wallet.Id}) has no owner.");
            context.Error.WriteLine($"hint: set one with 'waiaas owner set {wallet.Id} <address>'.");
            return new Prepared(null, null, ExitCodes.RequestRefused);
        }

        var signature = parse.GetValue(options.Signature);
        var encoded = parse.GetValue(options.Message);
        if (signature is not null || encoded is not null)
        {
            if (signature is null || encoded is null || DecodeMessage(encoded) is not { } message)
            {
                context.Error.WriteLine("error: give both --message (the base64 text the first run printed) and --signature.");
                return new Prepared(null, null, ExitCodes.Usage);
            }

            return new Prepared(new OwnerSignature(owner, message, signature), wallet.Id, null);
        }

        var chain = Enum.Parse<ChainType>(wallet.Chain, ignoreCase: true);
        var nonce = await session.Operator.GetNonceAsync(cancellationToken).ConfigureAwait(false);
        var text = OwnerActionMessages.Build(chain, owner, statement(wallet.Id), nonce.Nonce, TimeProvider.System.GetUtcNow(), DateTimeOffset.FromUnixTimeSeconds(nonce.ExpiresAt));
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        var command = $"{nextCommand}{DataDirSuffix(parse)} --message {base64} --signature <signature>";
        SignatureRequest.Print(context, json, owner, wallet, text, nonce.ExpiresAt, command);
        return new Prepared(null, wallet.Id, ExitCodes.Success);
    }

    /// <summary>The <c>--data-dir</c> the user gave, repeated for the follow-up command.</summary>
    public static string DataDirSuffix(ParseResult parse) =>
        parse.GetValue(CommonOptions.DataDir) is { } dataDir ? $" --data-dir \"{dataDir}\"" : "";

    /// <summary>Base64 (standard or URL-safe, padding optional) of UTF-8 text, or null.</summary>
    public static string? DecodeMessage(string base64)
    {
        var normal = base64.Trim().Replace('-', '+').Replace('_', '/');
        normal = normal.PadRight(normal.Length + ((4 - (normal.Length % 4)) % 4), '=');
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(normal));
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return null;
        }
    }
}
