namespace WaiaaS.Core.Errors;

// Owner registration and signatures, the kill switch and AutoStop (SPEC §6 ownerAuth, §9 owner approval, §10).
public static partial class ErrorCodes
{
    /// <summary>The owner address is not a valid address of the wallet's chain (or is a wallet of this daemon).</summary>
    public static readonly ErrorCode InvalidOwnerAddress = new("INVALID_OWNER_ADDRESS", 400, "The owner address is not valid for the wallet's chain.", "Solana: a base58 public key (32 bytes); EVM: 0x + 40 hex digits (EIP-55 checksum when mixed case). It must not be a wallet of this daemon.", false);

    /// <summary>The owner is verified (LOCKED); the operator cannot change it.</summary>
    public static readonly ErrorCode OwnerLocked = new("OWNER_LOCKED", 409, "The wallet's owner is verified and cannot be changed.", "A verified owner is fixed; create a new wallet for a different owner.", false);

    /// <summary>The wallet has no owner address.</summary>
    public static readonly ErrorCode OwnerNotSet = new("OWNER_NOT_SET", 409, "The wallet has no owner address.", "Set one with PUT /v1/wallets/{id}/owner.", false);

    /// <summary>The owner signature is malformed or was not made by the owner over this message.</summary>
    public static readonly ErrorCode InvalidSignature = new("INVALID_SIGNATURE", 401, "The owner signature is not valid.", "Sign the exact message with the owner's key (EVM: personal_sign, 0x-hex; Solana: Ed25519, base58).", false);

    /// <summary>The nonce in the owner message is unknown, used or expired.</summary>
    public static readonly ErrorCode InvalidNonce = new("INVALID_NONCE", 401, "The nonce is unknown, already used or expired.", "Get a fresh nonce from GET /v1/nonce and sign a new message.", false);

    /// <summary>The owner message does not match what this request needs.</summary>
    public static readonly ErrorCode InvalidOwnerMessage = new("INVALID_OWNER_MESSAGE", 401, "The owner message does not match this request.", "Build the message as docs/owner-and-kill-switch.md describes for this action.", false);

    /// <summary>Too many unused nonces are outstanding.</summary>
    public static readonly ErrorCode TooManyNonces = new("TOO_MANY_NONCES", 429, "Too many unused nonces are outstanding.", "Use or let expire the nonces already issued, then retry.", true);

    /// <summary>The kill switch is already activated (at this level or higher).</summary>
    public static readonly ErrorCode KillSwitchAlreadyActivated = new("KILL_SWITCH_ALREADY_ACTIVATED", 409, "The kill switch is already activated.", "Check GET /v1/admin/status.", false);

    /// <summary>The kill switch is not activated; there is nothing to recover.</summary>
    public static readonly ErrorCode KillSwitchNotActivated = new("KILL_SWITCH_NOT_ACTIVATED", 409, "The kill switch is not activated.", "Check GET /v1/admin/status.", false);

    /// <summary>Recovering from LOCKED needs an owner signature as well as the master password.</summary>
    public static readonly ErrorCode OwnerSignatureRequired = new("OWNER_SIGNATURE_REQUIRED", 403, "Recovering from LOCKED needs a verified owner's signature.", "Send X-Owner-Address, X-Owner-Message and X-Owner-Signature with a recovery message.", false);

    /// <summary>The kill-switch state changed while the request ran.</summary>
    public static readonly ErrorCode KillSwitchConflict = new("KILL_SWITCH_CONFLICT", 409, "The kill-switch state changed concurrently.", "Check GET /v1/admin/status and retry.", true);
}
