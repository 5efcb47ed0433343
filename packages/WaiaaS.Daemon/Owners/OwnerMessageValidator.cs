using System.Net;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Owners;

/// <summary>
/// Checks the facts of an owner action message (<see cref="OwnerActionMessages"/>): it parses, names a loopback
/// domain and the owner's address, is inside its validity window, and its statement passes the action's rule. The
/// nonce is returned for the caller to consume in its own transaction; the signature is checked elsewhere.
/// </summary>
internal static class OwnerMessageValidator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static Result<OwnerMessage> Validate(ChainType chain, string text, string ownerAddress, Func<string?, bool> statementRule, string statementHint, DateTimeOffset now)
    {
        if (!OwnerMessageText.TryParse(chain, text, out var message, out var error))
        {
            return Mismatch("the message is not a well-formed owner message: " + error);
        }

        if (!IsLoopbackAuthority(message!.Domain))
        {
            return Mismatch($"the message's domain must be localhost or a loopback address, not \"{message.Domain}\".");
        }

        if (!OwnerAddressRules.SameAddress(chain, message.Address, ownerAddress))
        {
            return Mismatch("the message names another address than the owner's.");
        }

        if (message.ExpirationTime is { } expiration && now >= expiration)
        {
            return Mismatch("the message has expired.");
        }

        if ((message.NotBefore is { } notBefore && now < notBefore) || message.IssuedAt > now + ClockSkew)
        {
            return Mismatch("the message is not valid yet.");
        }

        return statementRule(message.Statement) ? message : Mismatch(statementHint);
    }

    public static bool IsLoopbackAuthority(string domain)
    {
        var host = domain;
        if (host.StartsWith('['))
        {
            var end = host.IndexOf(']', StringComparison.Ordinal);
            if (end < 0)
            {
                return false;
            }

            host = host[1..end];
        }
        else if (host.LastIndexOf(':') is var colon and > 0)
        {
            host = host[..colon];
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }

    private static Failure Mismatch(string message) => new(ErrorCodes.InvalidOwnerMessage, message);
}
