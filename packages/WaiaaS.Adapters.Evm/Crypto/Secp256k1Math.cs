using System.Globalization;
using System.Numerics;

namespace WaiaaS.Adapters.Evm.Crypto;

/// <summary>
/// secp256k1 group arithmetic with <see cref="BigInteger"/> in Jacobian coordinates. Only ever used on public data
/// (signatures, public keys, hashes), so it makes no attempt at constant time.
/// </summary>
internal static class Secp256k1Math
{
    /// <summary>The field prime p.</summary>
    public static readonly BigInteger P = ParseHex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F");

    /// <summary>The group order n.</summary>
    public static readonly BigInteger N = ParseHex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141");

    /// <summary>n / 2: signatures with s above it are normalised to n - s (low-S).</summary>
    public static readonly BigInteger HalfN = N >> 1;

    private static readonly BigInteger Gx = ParseHex("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798");
    private static readonly BigInteger Gy = ParseHex("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8");
    private static readonly BigInteger SqrtExponent = (P + 1) >> 2;

    /// <summary>Reads a big-endian unsigned integer.</summary>
    public static BigInteger FromBytes(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    /// <summary>Writes <paramref name="value"/> as 32 big-endian bytes.</summary>
    public static void ToBytes32(BigInteger value, Span<byte> destination)
    {
        destination[..32].Clear();
        var length = value.GetByteCount(isUnsigned: true);
        if (length > 32 || !value.TryWriteBytes(destination.Slice(32 - length, length), out _, isUnsigned: true, isBigEndian: true))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "The value does not fit in 32 bytes.");
        }
    }

    /// <summary>
    /// Recovers the public key (x, y) that produced signature (r, s) over hash <paramref name="e"/> with recovery id
    /// <paramref name="recoveryId"/> (0–3), or null when no such key exists.
    /// </summary>
    public static (BigInteger X, BigInteger Y)? Recover(BigInteger e, BigInteger r, BigInteger s, int recoveryId)
    {
        if (r.Sign <= 0 || r >= N || s.Sign <= 0 || s >= N || recoveryId is < 0 or > 3)
        {
            return null;
        }

        var x = r + (recoveryId >> 1) * N;
        if (x >= P)
        {
            return null;
        }

        var alpha = Mod((x * x * x) + 7);
        var y = BigInteger.ModPow(alpha, SqrtExponent, P);
        if (Mod(y * y) != alpha)
        {
            return null;
        }

        if (!y.IsEven != ((recoveryId & 1) == 1))
        {
            y = P - y;
        }

        // Q = r^-1 (sR - eG) = (s r^-1) R + (-e r^-1) G
        var rInverse = BigInteger.ModPow(r, N - 2, N);
        var u1 = ModN(-e * rInverse);
        var u2 = ModN(s * rInverse);
        return ToAffine(DoubleMultiply(u1, (Gx, Gy, BigInteger.One), u2, (x, y, BigInteger.One)));
    }

    /// <summary>
    /// The recovery id (0 or 1) of a valid signature (r, s) by public key (qx, qy) over hash <paramref name="e"/>: the
    /// parity of y of R = (e/s)·G + (r/s)·Q. Null when the signature does not verify or R.x ≥ n (id 2 or 3).
    /// </summary>
    public static int? RecoveryId(BigInteger e, BigInteger r, BigInteger s, BigInteger qx, BigInteger qy)
    {
        if (r.Sign <= 0 || r >= N || s.Sign <= 0 || s >= N)
        {
            return null;
        }

        var sInverse = BigInteger.ModPow(s, N - 2, N);
        var point = ToAffine(DoubleMultiply(ModN(e * sInverse), (Gx, Gy, BigInteger.One), ModN(r * sInverse), (qx, qy, BigInteger.One)));
        if (point is not { } rPoint || rPoint.X != r)
        {
            return null;
        }

        return rPoint.Y.IsEven ? 0 : 1;
    }

    /// <summary>Whether (x, y) is on the curve.</summary>
    public static bool IsOnCurve(BigInteger x, BigInteger y) =>
        x >= 0 && x < P && y >= 0 && y < P && Mod(y * y) == Mod((x * x * x) + 7);

    /// <summary>k·G in affine coordinates (public scalars only, e.g. in tests).</summary>
    public static (BigInteger X, BigInteger Y)? MultiplyGenerator(BigInteger k) => ToAffine(Multiply(ModN(k), (Gx, Gy, BigInteger.One)));

    private static (BigInteger X, BigInteger Y, BigInteger Z) Multiply(BigInteger k, (BigInteger X, BigInteger Y, BigInteger Z) point) =>
        DoubleMultiply(k, point, BigInteger.Zero, point);

    // a·P + b·Q in one pass over the bits (Shamir's trick): one doubling per bit instead of two.
    private static (BigInteger X, BigInteger Y, BigInteger Z) DoubleMultiply(
        BigInteger a, (BigInteger X, BigInteger Y, BigInteger Z) p, BigInteger b, (BigInteger X, BigInteger Y, BigInteger Z) q)
    {
        var aBytes = a.ToByteArray(isUnsigned: true, isBigEndian: false);
        var bBytes = b.ToByteArray(isUnsigned: true, isBigEndian: false);
        var sum = Add(p, q);
        var result = (BigInteger.Zero, BigInteger.One, BigInteger.Zero);
        for (var bit = (8 * Math.Max(aBytes.Length, bBytes.Length)) - 1; bit >= 0; bit--)
        {
            result = Double(result);
            var inA = Bit(aBytes, bit);
            var inB = Bit(bBytes, bit);
            if (inA || inB)
            {
                result = Add(result, inA && inB ? sum : inA ? p : q);
            }
        }

        return result;
    }

    private static bool Bit(byte[] littleEndian, int bit) =>
        bit / 8 < littleEndian.Length && ((littleEndian[bit / 8] >> (bit % 8)) & 1) == 1;

    private static (BigInteger X, BigInteger Y, BigInteger Z) Double((BigInteger X, BigInteger Y, BigInteger Z) p)
    {
        if (p.Z.IsZero || p.Y.IsZero)
        {
            return (BigInteger.Zero, BigInteger.One, BigInteger.Zero);
        }

        var a = Mod(p.X * p.X);
        var b = Mod(p.Y * p.Y);
        var c = Mod(b * b);
        var d = Mod(2 * (Mod((p.X + b) * (p.X + b)) - a - c));
        var e = 3 * a;
        var f = Mod(e * e);
        var x3 = Mod(f - (2 * d));
        var y3 = Mod((e * (d - x3)) - (8 * c));
        var z3 = Mod(2 * p.Y * p.Z);
        return (x3, y3, z3);
    }

    private static (BigInteger X, BigInteger Y, BigInteger Z) Add((BigInteger X, BigInteger Y, BigInteger Z) p, (BigInteger X, BigInteger Y, BigInteger Z) q)
    {
        if (p.Z.IsZero)
        {
            return q;
        }

        if (q.Z.IsZero)
        {
            return p;
        }

        var z1z1 = Mod(p.Z * p.Z);
        var z2z2 = Mod(q.Z * q.Z);
        var u1 = Mod(p.X * z2z2);
        var u2 = Mod(q.X * z1z1);
        var s1 = Mod(p.Y * q.Z * z2z2);
        var s2 = Mod(q.Y * p.Z * z1z1);
        var h = Mod(u2 - u1);
        var r = Mod(s2 - s1);
        if (h.IsZero)
        {
            return r.IsZero ? Double(p) : (BigInteger.Zero, BigInteger.One, BigInteger.Zero);
        }

        var h2 = Mod(h * h);
        var h3 = Mod(h * h2);
        var u1h2 = Mod(u1 * h2);
        var x3 = Mod((r * r) - h3 - (2 * u1h2));
        var y3 = Mod((r * (u1h2 - x3)) - (s1 * h3));
        var z3 = Mod(h * p.Z * q.Z);
        return (x3, y3, z3);
    }

    private static (BigInteger X, BigInteger Y)? ToAffine((BigInteger X, BigInteger Y, BigInteger Z) p)
    {
        if (p.Z.IsZero)
        {
            return null;
        }

        var zInverse = BigInteger.ModPow(p.Z, P - 2, P);
        var zInverse2 = Mod(zInverse * zInverse);
        return (Mod(p.X * zInverse2), Mod(p.Y * zInverse2 * zInverse));
    }

    private static BigInteger Mod(BigInteger value)
    {
        var result = value % P;
        return result.Sign < 0 ? result + P : result;
    }

    private static BigInteger ModN(BigInteger value)
    {
        var result = value % N;
        return result.Sign < 0 ? result + N : result;
    }

    private static BigInteger ParseHex(string hex) => BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
