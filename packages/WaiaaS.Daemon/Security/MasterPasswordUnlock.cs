using System.Security.Cryptography;
using WaiaaS.Core.Configuration;
using WaiaaS.Daemon.Keystore;

namespace WaiaaS.Daemon.Security;

/// <summary>
/// Start-up: stretches the master password once. On later starts it must match the stored verifier; on the first
/// start it is set (and, if key files already exist — a restored keystore with a fresh database — it must open them).
/// </summary>
internal static class MasterPasswordUnlock
{
    /// <summary>Shortest master password accepted when it is first set.</summary>
    public const int MinimumLength = 8;

    /// <summary>Stretches the password with the recorded parameters; the secrets when it matches the stored verifier, else null.</summary>
    public static UnlockedSecrets? UnlockWithVerifier(ReadOnlySpan<byte> password, MasterPasswordRecord record)
    {
        var secrets = MasterKeyDerivation.Derive(password, record.Kdf.ToParameters());
        if (CryptographicOperations.FixedTimeEquals(secrets.Verifier, KeyFileCodec.Hex(record.Verifier, "verifier")))
        {
            return secrets;
        }

        secrets.Dispose();
        return null;
    }

    public static UnlockOutcome Unlock(ReadOnlySpan<byte> password, MasterPasswordRecord? record, string keystoreFolder, KeystoreSettings settings)
    {
        if (record is not null)
        {
            return UnlockWithVerifier(password, record) is { } secrets
                ? UnlockOutcome.Unlocked(secrets, isFirstStart: false)
                : UnlockOutcome.Wrong("the master password is wrong");
        }

        if (CountCharacters(password) < MinimumLength)
        {
            return UnlockOutcome.Wrong($"the master password must be at least {MinimumLength} characters when it is first set");
        }

        var existing = Directory.Exists(keystoreFolder)
            ? Directory.EnumerateFiles(keystoreFolder, "*.json").Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (existing is null)
        {
            return UnlockOutcome.Unlocked(MasterKeyDerivation.Derive(password, KdfParameters.CreateNew(settings)), isFirstStart: true);
        }

        var document = KeyFileCodec.Parse(File.ReadAllBytes(existing), existing);
        var restored = MasterKeyDerivation.Derive(password, document.Kdf.ToParameters());
        try
        {
            KeyFileCodec.Decrypt(restored.KeyEncryptionKey, document).Dispose();
            return UnlockOutcome.Unlocked(restored, isFirstStart: true);
        }
        catch (CryptographicException)
        {
            restored.Dispose();
            return UnlockOutcome.Wrong($"the keystore folder already holds keys that this password does not open ({Path.GetFileName(existing)})");
        }
    }

    // The rule and its message speak of characters; password is UTF-8, where one character may take up to 4 bytes.
    private static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        while (!utf8.IsEmpty)
        {
            _ = System.Text.Rune.DecodeFromUtf8(utf8, out _, out var consumed);
            utf8 = utf8[consumed..];
            count++;
        }

        return count;
    }
}
