using System.Numerics;
using System.Text;
using System.Text.Json;
using WaiaaS.Adapters.Evm.Abi;

namespace WaiaaS.Adapters.Evm.Tests.Anvil;

/// <summary>The test ERC-20 (tests/node/evm/TestToken.sol) compiled by the pinned npm solc.</summary>
internal static class TestTokenArtifact
{
    public static async Task<byte[]> CompileAsync(CancellationToken cancellationToken)
    {
        using var json = JsonDocument.Parse(await NodeScript.RunAsync(Path.Combine("evm", "compile-token.mjs"), cancellationToken));
        return Convert.FromHexString(json.RootElement.GetProperty("bytecode").GetString()![2..]);
    }

    /// <summary>Creation code followed by the ABI-encoded constructor (string name, string symbol, uint8 decimals, uint256 supply).</summary>
    public static byte[] Deployment(byte[] bytecode, string name, string symbol, int decimals, BigInteger supply)
    {
        var nameTail = StringTail(name);
        var symbolTail = StringTail(symbol);
        var head = new List<byte[]>
        {
            AbiCodec.UintWord(4 * AbiCodec.WordLength),
            AbiCodec.UintWord((4 * AbiCodec.WordLength) + nameTail.Length),
            AbiCodec.UintWord(decimals),
            AbiCodec.UintWord(supply),
        };
        return [.. bytecode, .. head.SelectMany(w => w), .. nameTail, .. symbolTail];
    }

    private static byte[] StringTail(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var padded = new byte[(bytes.Length + 31) / 32 * 32];
        bytes.CopyTo(padded, 0);
        return [.. AbiCodec.UintWord(bytes.Length), .. padded];
    }
}
