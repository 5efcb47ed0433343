using System.Security.Cryptography;
using System.Text.Json.Nodes;
using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Tests.Harness;

namespace WaiaaS.Adapters.Solana.Tests.Transactions;

/// <summary>ATA / PDA derivation and the on-curve test compared with @solana/spl-token and @solana/web3.js at test time.</summary>
public sealed class AddressDerivationTests
{
    [Fact]
    public async Task AssociatedTokenAddresses_MatchSplToken()
    {
        var owners = Enumerable.Range(0, 12).Select(i => TestKeys.Address("owner " + i)).ToList();
        var mints = Enumerable.Range(0, 4).Select(i => TestKeys.Address("mint " + i)).ToList();
        // An off-curve owner too (a PDA, as programs own token accounts).
        owners.Add(ProgramDerivedAddress.Find([[1, 2, 3]], ProgramIds.Memo).Address);
        var cases = (from owner in owners
                     from mint in mints
                     from program in new[] { ProgramIds.Token, ProgramIds.Token2022 }
                     select (owner, mint, program)).ToList();
        var request = new JsonObject
        {
            ["ata"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["owner"] = c.owner.ToString(), ["mint"] = c.mint.ToString(), ["programId"] = c.program.ToString(),
            })]),
        };

        var answer = (await NodeTooling.RunJsonAsync("solana/reference.mjs", request))["ata"]!.AsArray();

        Assert.Equal(cases.Count, answer.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            var ours = AssociatedTokenAccountProgram.FindAddress(cases[i].owner, cases[i].mint, cases[i].program);
            Assert.Equal(answer[i]!.GetValue<string>(), ours.ToString());
        }

        // The two token programs give different accounts for the same owner and mint.
        Assert.NotEqual(
            AssociatedTokenAccountProgram.FindAddress(owners[0], mints[0], ProgramIds.Token),
            AssociatedTokenAccountProgram.FindAddress(owners[0], mints[0], ProgramIds.Token2022));
    }

    [Fact]
    public async Task FindProgramAddress_MatchesWeb3JsIncludingTheBump()
    {
        var cases = Enumerable.Range(0, 40)
            .Select(i => (Seeds: new[] { SHA256.HashData([(byte)i]), "vault"u8.ToArray(), new byte[i % 5] }, Program: TestKeys.Address("program " + (i % 3))))
            .ToList();
        var request = new JsonObject
        {
            ["pda"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["seeds"] = new JsonArray([.. c.Seeds.Select(s => (JsonNode)Convert.ToHexStringLower(s))]),
                ["programId"] = c.Program.ToString(),
            })]),
        };

        var answer = (await NodeTooling.RunJsonAsync("solana/reference.mjs", request))["pda"]!.AsArray();

        var bumpsBelow255 = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var (address, bump) = ProgramDerivedAddress.Find(cases[i].Seeds, cases[i].Program);
            Assert.Equal(answer[i]![0]!.GetValue<string>(), address.ToString());
            Assert.Equal(answer[i]![1]!.GetValue<int>(), bump);
            bumpsBelow255 += bump < 255 ? 1 : 0;
        }

        // About half of first tries land on the curve, so the search must really have skipped some.
        Assert.True(bumpsBelow255 > 5, $"only {bumpsBelow255} of {cases.Count} needed a second bump");
    }

    [Fact]
    public async Task IsOnCurve_MatchesWeb3JsForRandomAndSpecialPoints()
    {
        var points = new List<byte[]>();
        var random = new Random(8032);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = new byte[32];
            random.NextBytes(bytes);
            points.Add(bytes);
        }

        // Real public keys (on the curve) and the canonical small-order points: libsodium's is_valid_point rejects
        // these, a true on-curve test accepts them.
        points.AddRange(Enumerable.Range(0, 50).Select(i => Core.Crypto.Ed25519.PublicKeyFromSeed(SHA256.HashData([(byte)i]))));
        points.AddRange(SmallOrderPoints.Select(Convert.FromHexString));
        var request = new JsonObject { ["onCurve"] = new JsonArray([.. points.Select(p => (JsonNode)Convert.ToHexStringLower(p))]) };

        var answer = (await NodeTooling.RunJsonAsync("solana/reference.mjs", request))["onCurve"]!.AsArray();

        var onCurve = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var ours = EdwardsCurve.IsOnCurve(points[i]);
            Assert.True(answer[i]!.GetValue<bool>() == ours, $"point {Convert.ToHexStringLower(points[i])}: web3.js {answer[i]}, ours {ours}");
            onCurve += ours ? 1 : 0;
        }

        Assert.InRange(onCurve, 1000, 2500);
    }

    [Fact]
    public void IsOnCurve_AcceptsSmallOrderPoints()
    {
        Assert.All(SmallOrderPoints, hex => Assert.True(EdwardsCurve.IsOnCurve(Convert.FromHexString(hex)), hex));
    }

    [Fact]
    public void IsOnCurve_FollowsTheRuntimeOnNonCanonicalEncodings()
    {
        // Solana's runtime decompresses with curve25519-dalek, which reduces y mod p and ignores the sign bit when
        // x = 0; noble (web3.js) rejects both encodings. Hashes essentially never hit these; the runtime decides.
        Assert.True(EdwardsCurve.IsOnCurve(Convert.FromHexString("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"))); // y = p ≡ 0
        Assert.True(EdwardsCurve.IsOnCurve(Convert.FromHexString("0100000000000000000000000000000000000000000000000000000000000080"))); // y = 1, sign set
        Assert.False(EdwardsCurve.IsOnCurve(new byte[31]));
    }

    // Encodings of the eight-torsion points with canonical y (identity, order 2, order 4, order 8).
    private static readonly string[] SmallOrderPoints =
    [
        "0100000000000000000000000000000000000000000000000000000000000000",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0000000000000000000000000000000000000000000000000000000000000080",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
    ];
}
