using WaiaaS.Core.Keys;
using WaiaaS.Daemon.Security;

namespace WaiaaS.Daemon.Hosting;

/// <summary>
/// Carries what the unlock produces into services registered before it finished (the Argon2id run overlaps with
/// building the web host). Set once, before the server accepts its first request.
/// </summary>
internal sealed class UnlockedStateHolder
{
    private MasterPasswordGuard? _guard;
    private IKeyStore? _keyStore;

    public MasterPasswordGuard Guard => _guard ?? throw new InvalidOperationException("the keystore is not unlocked yet");

    public IKeyStore KeyStore => _keyStore ?? throw new InvalidOperationException("the keystore is not unlocked yet");

    public void Set(MasterPasswordGuard guard, IKeyStore keyStore)
    {
        _guard = guard;
        _keyStore = keyStore;
    }
}
