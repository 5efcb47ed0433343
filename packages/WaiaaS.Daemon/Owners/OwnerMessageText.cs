using System.Globalization;
using System.Text;
using WaiaaS.Adapters.Evm.Siwe;
using WaiaaS.Core.Chains;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// Writes and reads the text of owner messages. EVM: an EIP-4361 (SIWE) message through the EVM adapter. Solana: the
/// same layout (as "Sign In With Solana" wallets show it): the header names a Solana account and there is no
/// <c>Chain ID</c> line. LF line endings, no trailing newline, times as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.
/// </summary>
internal static class OwnerMessageText
{
    private const string SolanaHeader = " wants you to sign in with your Solana account:";

    public static string Format(ChainType chain, OwnerMessage message)
    {
        if (chain == ChainType.Ethereum)
        {
            return new SiweMessage
            {
                Domain = message.Domain,
                Address = message.Address,
                Statement = message.Statement,
                Uri = message.Uri,
                Version = "1",
                ChainId = ulong.Parse(message.ChainId ?? "1", NumberStyles.None, CultureInfo.InvariantCulture),
                Nonce = message.Nonce,
                IssuedAt = message.IssuedAt,
                ExpirationTime = message.ExpirationTime,
                NotBefore = message.NotBefore,
                RequestId = message.RequestId,
            }.Format();
        }

        var text = new StringBuilder();
        text.Append(message.Domain).Append(SolanaHeader).Append('\n');
        text.Append(message.Address).Append("\n\n");
        if (message.Statement is not null)
        {
            text.Append(message.Statement).Append('\n');
        }

        text.Append('\n');
        text.Append("URI: ").Append(message.Uri).Append('\n');
        text.Append("Version: 1\n");
        text.Append("Nonce: ").Append(message.Nonce).Append('\n');
        text.Append("Issued At: ").Append(Timestamp(message.IssuedAt));
        Optional(text, "Expiration Time", message.ExpirationTime);
        Optional(text, "Not Before", message.NotBefore);
        if (message.RequestId is not null)
        {
            text.Append("\nRequest ID: ").Append(message.RequestId);
        }

        return text.ToString();
    }

    public static bool TryParse(ChainType chain, string? text, out OwnerMessage? message, out string? error)
    {
        message = null;
        if (chain == ChainType.Ethereum)
        {
            if (!SiweParser.TryParse(text, out var siwe, out error))
            {
                return false;
            }

            message = new OwnerMessage(
                siwe.Domain, siwe.Address, siwe.Statement, siwe.Uri, siwe.ChainId.ToString(CultureInfo.InvariantCulture), siwe.Nonce,
                siwe.IssuedAt, siwe.ExpirationTime, siwe.NotBefore, siwe.RequestId);
            return true;
        }

        try
        {
            message = SolanaOwnerMessageParser.Parse(text ?? throw new FormatException("The message is empty."), SolanaHeader);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void Optional(StringBuilder text, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            text.Append('\n').Append(name).Append(": ").Append(Timestamp(time));
        }
    }
}
