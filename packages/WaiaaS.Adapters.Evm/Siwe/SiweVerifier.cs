using System.Text;
using WaiaaS.Adapters.Evm.Signing;

namespace WaiaaS.Adapters.Evm.Siwe;

/// <summary>Verifies signed EIP-4361 messages: format, expectations, validity window, then the EIP-191 signature.</summary>
public static class SiweVerifier
{
    /// <summary>Checks a parsed message against <paramref name="expected"/> and the time <paramref name="now"/>.</summary>
    public static SiweVerificationResult Validate(SiweMessage message, SiweExpectations expected, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(expected);
        if (expected.Domain is not null && !string.Equals(expected.Domain, message.Domain, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(message, SiweErrorCodes.DomainMismatch, $"The message is for domain \"{message.Domain}\", expected \"{expected.Domain}\".");
        }

        if (expected.Nonce is not null && !string.Equals(expected.Nonce, message.Nonce, StringComparison.Ordinal))
        {
            return Fail(message, SiweErrorCodes.NonceMismatch, "The message's nonce is not the one issued.");
        }

        if (expected.ChainId is { } chainId && chainId != message.ChainId)
        {
            return Fail(message, SiweErrorCodes.ChainMismatch, $"The message is for chain {message.ChainId}, expected {chainId}.");
        }

        if (expected.Uri is not null && !string.Equals(expected.Uri, message.Uri, StringComparison.Ordinal))
        {
            return Fail(message, SiweErrorCodes.UriMismatch, $"The message is for URI \"{message.Uri}\", expected \"{expected.Uri}\".");
        }

        if (expected.Address is not null
            && (!EvmAddress.TryParse(expected.Address, out var expectedBytes) || !string.Equals(EvmAddress.ToChecksum(expectedBytes), message.Address, StringComparison.Ordinal)))
        {
            return Fail(message, SiweErrorCodes.AddressMismatch, $"The message is for address {message.Address}, expected {expected.Address}.");
        }

        if (message.ExpirationTime is { } expiration && now >= expiration)
        {
            return Fail(message, SiweErrorCodes.Expired, $"The message expired at {expiration:O}.");
        }

        if (message.NotBefore is { } notBefore && now < notBefore)
        {
            return Fail(message, SiweErrorCodes.NotYetValid, $"The message is not valid before {notBefore:O}.");
        }

        if (message.IssuedAt > now + expected.ClockSkew)
        {
            return Fail(message, SiweErrorCodes.NotYetValid, $"The message is issued in the future ({message.IssuedAt:O}).");
        }

        return new SiweVerificationResult(message, null, null);
    }

    /// <summary>
    /// Parses <paramref name="text"/>, validates it, and checks that <paramref name="signature"/> (65 bytes,
    /// <c>r ‖ s ‖ v</c>) is the message address's <c>personal_sign</c> signature over exactly that text.
    /// </summary>
    public static SiweVerificationResult Verify(string text, ReadOnlySpan<byte> signature, SiweExpectations expected, DateTimeOffset now)
    {
        if (!SiweParser.TryParse(text, out var message, out var error))
        {
            return new SiweVerificationResult(null, SiweErrorCodes.Malformed, error);
        }

        var result = Validate(message, expected, now);
        if (!result.IsValid)
        {
            return result;
        }

        var recovered = PersonalSign.RecoverAddress(Encoding.UTF8.GetBytes(text), signature);
        return string.Equals(recovered, message.Address, StringComparison.Ordinal)
            ? result
            : Fail(message, SiweErrorCodes.InvalidSignature, "The signature was not made by the message's address over this text.");
    }

    private static SiweVerificationResult Fail(SiweMessage message, string code, string error) => new(message, code, error);
}
