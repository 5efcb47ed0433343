using System.Text;
using WaiaaS.Core.Crypto;

namespace WaiaaS.Core.Tests.Crypto;

public class Argon2idTests
{
    // Expected tags computed with an independent implementation, npm hash-wasm 4.12.0:
    //   argon2id({ password, salt: Buffer.from(salt), parallelism: 1, iterations, memorySize, hashLength: 32, outputType: "hex" })
    // (libsodium's Argon2id is single-lane, so parallelism 1; its salt must be 16 bytes, which rules out the
    // 8-byte-salt vectors of the reference implementation and the p=4 vector of RFC 9106.)
    public static TheoryData<string, string, long, long, string> Vectors => new()
    {
        { "password", "somesaltsomesalt", 2, 65536, "fc33b78139231d34b71626bd6245c1d72efa190ad605c3d8166a72adcedfa2c2" },
        { "correct horse battery staple", "0123456789abcdef", 3, 8192, "5e2496dc31a5f58c8739f1373dd238d4a01ef6ba96e9abac5c3117e37531bd46" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void DeriveKey_MatchesAnIndependentImplementation(string password, string salt, long iterations, long memoryKib, string expectedHex)
    {
        var output = new byte[32];

        Argon2id.DeriveKey(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(salt), iterations, memoryKib, output);

        Assert.Equal(expectedHex, Convert.ToHexStringLower(output));
    }

    [Fact]
    public void DeriveKey_RejectsASaltOfTheWrongLength() =>
        Assert.Throws<ArgumentException>(() => Argon2id.DeriveKey("pw"u8, new byte[8], 1, 64, new byte[32]));
}
