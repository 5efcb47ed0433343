using System.Numerics;

namespace WaiaaS.Adapters.Solana;

/// <summary>
/// The true "is this a point on edwards25519" test that program-derived addresses need: decompress the 32 bytes
/// (y with the sign of x in the top bit) and check that x² = (y² − 1) / (d·y² + 1) has a solution mod p = 2^255 − 19.
/// Unlike libsodium's <c>crypto_core_ed25519_is_valid_point</c> it accepts points outside the prime-order subgroup
/// (small-order and mixed-order points are on the curve), matching Solana's runtime (curve25519-dalek
/// <c>CompressedEdwardsY::decompress</c>), which also reduces a non-canonical y and ignores the sign bit when x = 0.
/// Public data only, so it need not be constant time.
/// </summary>
public static class EdwardsCurve
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;

    // d = -121665 / 121666 mod p
    private static readonly BigInteger D = Mod(-121665 * BigInteger.ModPow(121666, P - 2, P));

    private static readonly BigInteger Half = (P - 1) / 2;

    /// <summary>Whether the 32 bytes decompress to a point on the curve.</summary>
    public static bool IsOnCurve(ReadOnlySpan<byte> compressed)
    {
        if (compressed.Length != 32)
        {
            return false;
        }

        Span<byte> yBytes = stackalloc byte[32];
        compressed.CopyTo(yBytes);
        yBytes[31] &= 0x7f;
        var y = Mod(new BigInteger(yBytes, isUnsigned: true, isBigEndian: false));
        var y2 = y * y % P;
        var u = Mod(y2 - 1);
        var v = Mod((D * y2) + 1);

        // u / v is a square (or zero) iff (u * v^(p-2))^((p-1)/2) is 0 or 1 (Euler's criterion).
        var ratio = u * BigInteger.ModPow(v, P - 2, P) % P;
        if (ratio.IsZero)
        {
            return true;
        }

        return BigInteger.ModPow(ratio, Half, P).IsOne;
    }

    private static BigInteger Mod(BigInteger value)
    {
        var r = value % P;
        return r.Sign < 0 ? r + P : r;
    }
}
