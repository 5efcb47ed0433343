using WaiaaS.Daemon.Keystore;

namespace WaiaaS.Daemon.Security;

/// <summary>The result of <see cref="MasterPasswordUnlock.Unlock"/>: the unlocked secrets, or why not.</summary>
internal sealed record UnlockOutcome(UnlockedSecrets? Secrets, bool IsFirstStart, string? Refusal)
{
    public static UnlockOutcome Unlocked(UnlockedSecrets secrets, bool isFirstStart) => new(secrets, isFirstStart, null);

    public static UnlockOutcome Wrong(string refusal) => new(null, false, refusal);
}
