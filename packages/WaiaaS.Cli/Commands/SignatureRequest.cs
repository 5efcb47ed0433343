using System.Text.Json.Nodes;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// Prints what the owner must sign: the exact message on stdout (followed by one newline that is not part of it), or
/// with <c>--json</c> an object holding it; on stderr who signs, how, until when, and the command to run with the signature.
/// </summary>
internal static class SignatureRequest
{
    public static void Print(CliContext context, bool json, string ownerAddress, WalletResponse wallet, string message, long expiresAt, string command)
    {
        if (json)
        {
            context.Output.WriteLine(CliFormat.ToJson(new JsonObject
            {
                ["walletId"] = wallet.Id,
                ["ownerAddress"] = ownerAddress,
                ["message"] = message,
                ["expiresAt"] = expiresAt,
                ["command"] = command,
            }));
        }
        else
        {
            context.Output.WriteLine(message);
        }

        var how = wallet.Chain == "ethereum" ? "EIP-191 personal_sign over the UTF-8 text" : "Ed25519 over the UTF-8 text (the wallet's \"sign message\")";
        context.Error.WriteLine($"Sign the message{(json ? " in \"message\"" : " above (every line, without the final newline)")} with the owner key {ownerAddress} of wallet {wallet.Name} ({how}) before {CliFormat.Time(expiresAt)}, then run:");
        context.Error.WriteLine("  " + command);
    }
}
