using System.Security.Cryptography;
using System.Text;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Daemon.Security;

/// <summary>
/// Checks <c>X-Master-Password</c> without Argon2: at unlock the daemon keeps HMAC-SHA256(k, password) for a random
/// per-process key k (in guarded memory); a request is accepted when HMAC(k, presented) matches in constant time.
/// Costs microseconds, and neither value is the password or a stored verifier.
/// </summary>
internal sealed class MasterPasswordGuard : IDisposable
{
    private readonly GuardedBuffer _key;
    private readonly byte[] _expected;

    private MasterPasswordGuard(GuardedBuffer key, byte[] expected)
    {
        _key = key;
        _expected = expected;
    }

    public static MasterPasswordGuard Create(ReadOnlySpan<byte> password)
    {
        var key = GuardedBuffer.Random(32);
        var copy = password.ToArray();
        try
        {
            var expected = key.Read(secret => HMACSHA256.HashData(secret, copy));
            key.Seal();
            return new MasterPasswordGuard(key, expected);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(copy);
        }
    }

    public bool Matches(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        try
        {
            var actual = _key.Read(secret => HMACSHA256.HashData(secret, bytes));
            return CryptographicOperations.FixedTimeEquals(actual, _expected);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    public void Dispose()
    {
        _key.Dispose();
        CryptographicOperations.ZeroMemory(_expected);
    }
}
