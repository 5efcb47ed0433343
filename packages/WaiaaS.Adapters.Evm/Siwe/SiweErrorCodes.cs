namespace WaiaaS.Adapters.Evm.Siwe;

/// <summary>Stable codes of <see cref="SiweVerificationResult.ErrorCode"/>.</summary>
public static class SiweErrorCodes
{
    /// <summary>The text is not a well-formed EIP-4361 message.</summary>
    public const string Malformed = "SIWE_MALFORMED";

    /// <summary>The domain is not the expected one.</summary>
    public const string DomainMismatch = "SIWE_DOMAIN_MISMATCH";

    /// <summary>The nonce is not the one issued.</summary>
    public const string NonceMismatch = "SIWE_NONCE_MISMATCH";

    /// <summary>The chain id is not the expected one.</summary>
    public const string ChainMismatch = "SIWE_CHAIN_MISMATCH";

    /// <summary>The URI is not the expected one.</summary>
    public const string UriMismatch = "SIWE_URI_MISMATCH";

    /// <summary>The message names another address than the expected one.</summary>
    public const string AddressMismatch = "SIWE_ADDRESS_MISMATCH";

    /// <summary>The expiration time has passed.</summary>
    public const string Expired = "SIWE_EXPIRED";

    /// <summary>The not-before time (or the issued-at time, beyond the clock skew) is still in the future.</summary>
    public const string NotYetValid = "SIWE_NOT_YET_VALID";

    /// <summary>The signature is malformed or was not made by the message's address.</summary>
    public const string InvalidSignature = "SIWE_INVALID_SIGNATURE";
}
