using System.Security.Cryptography;

namespace WaiaaS.Adapters.Solana;

/// <summary>Program-derived addresses: SHA-256(seeds ‖ programId ‖ "ProgramDerivedAddress") that is off the curve.</summary>
public static class ProgramDerivedAddress
{
    /// <summary>Most seeds an address may have (the bump included).</summary>
    public const int MaxSeeds = 16;

    /// <summary>Longest single seed.</summary>
    public const int MaxSeedLength = 32;

    private static readonly byte[] Marker = "ProgramDerivedAddress"u8.ToArray();

    /// <summary>The address for exactly these seeds; false if the hash lands on the curve (no address).</summary>
    public static bool TryCreate(IReadOnlyList<byte[]> seeds, SolanaAddress programId, out SolanaAddress address)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count > MaxSeeds || seeds.Any(s => s.Length > MaxSeedLength))
        {
            throw new ArgumentException($"At most {MaxSeeds} seeds of at most {MaxSeedLength} bytes.", nameof(seeds));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var seed in seeds)
        {
            hash.AppendData(seed);
        }

        hash.AppendData(programId.Bytes);
        hash.AppendData(Marker);
        var digest = hash.GetHashAndReset();
        address = default;
        if (EdwardsCurve.IsOnCurve(digest))
        {
            return false;
        }

        address = new SolanaAddress(digest);
        return true;
    }

    /// <summary>Searches bumps 255 down to 0 and returns the first off-curve address with its bump.</summary>
    public static (SolanaAddress Address, byte Bump) Find(IReadOnlyList<byte[]> seeds, SolanaAddress programId)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count >= MaxSeeds)
        {
            throw new ArgumentException($"At most {MaxSeeds - 1} seeds leave room for the bump.", nameof(seeds));
        }

        var withBump = new List<byte[]>(seeds) { new byte[1] };
        for (var bump = 255; bump >= 0; bump--)
        {
            withBump[^1][0] = (byte)bump;
            if (TryCreate(withBump, programId, out var address))
            {
                return (address, (byte)bump);
            }
        }

        throw new InvalidOperationException("No viable program-derived address for these seeds.");
    }
}
