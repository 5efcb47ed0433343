using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.Tests.Pipeline;

/// <summary>
/// Deploys tests/node/evm/TestToken.sol (compiled by the pinned npm solc) on Anvil from an unlocked dev account and
/// hands out balances, for pipeline tests of ERC-20 transfers, approvals and contract calls.
/// </summary>
internal sealed class EvmTestToken(AnvilNode anvil, string address, string deployer)
{
    public const int Decimals = 6;

    public string Address { get; } = address;

    public static async Task<EvmTestToken> DeployAsync(AnvilNode anvil)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "node");
        var (exit, output, error) = await ProcessRunner.RunAsync("node", [Path.Combine(folder, "evm", "compile-token.mjs")], folder, timeout: TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, error);
        var bytecode = JsonDocument.Parse(output).RootElement.GetProperty("bytecode").GetString()!;
        var deployer = (await anvil.Rpc.CallAsync("eth_accounts"))![0]!.GetValue<string>();
        var data = bytecode + Convert.ToHexStringLower(Constructor("Pipeline Token", "PPT", Decimals, BigInteger.Pow(10, 15)));
        var hash = (await anvil.Rpc.CallAsync("eth_sendTransaction", new { from = deployer, data }))!.GetValue<string>();
        var receipt = await ReceiptAsync(anvil, hash);
        return new EvmTestToken(anvil, receipt["contractAddress"]!.GetValue<string>(), deployer);
    }

    public async Task GiveAsync(string to, BigInteger amount)
    {
        var hash = (await anvil.Rpc.CallAsync("eth_sendTransaction", new { from = deployer, to = Address, data = "0x" + Convert.ToHexStringLower(Call("a9059cbb", Word(to), Word(amount))) }))!.GetValue<string>();
        Assert.Equal("0x1", (await ReceiptAsync(anvil, hash))["status"]!.GetValue<string>());
    }

    public async Task<BigInteger> BalanceOfAsync(string owner) => await ReadAsync(Call("70a08231", Word(owner)));

    public async Task<BigInteger> AllowanceAsync(string owner, string spender) => await ReadAsync(Call("dd62ed3e", Word(owner), Word(spender)));

    /// <summary>ABI calldata: 4-byte selector (hex) and 32-byte words.</summary>
    public static byte[] Call(string selector, params byte[][] words) => [.. Convert.FromHexString(selector), .. words.SelectMany(w => w)];

    public static byte[] Word(string address) => [.. new byte[12], .. Convert.FromHexString(address[2..])];

    public static byte[] Word(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        return [.. new byte[32 - bytes.Length], .. bytes];
    }

    // Automine mines at once, but the receipt may appear a moment after the hash is returned on a loaded machine.
    private static async Task<System.Text.Json.Nodes.JsonNode> ReceiptAsync(AnvilNode anvil, string hash)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (await anvil.Rpc.CallAsync("eth_getTransactionReceipt", hash) is { } receipt)
            {
                return receipt;
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"no receipt for {hash}");
            await Task.Delay(20);
        }
    }

    private async Task<BigInteger> ReadAsync(byte[] call) =>
        AnvilNode.Hex((await anvil.Rpc.CallAsync("eth_call", new { to = Address, data = "0x" + Convert.ToHexStringLower(call) }, "latest"))!.GetValue<string>());

    // constructor(string name, string symbol, uint8 decimals, uint256 supply): two dynamic strings after four head words.
    private static byte[] Constructor(string name, string symbol, int decimals, BigInteger supply)
    {
        var nameTail = StringTail(name);
        return [.. Word(new BigInteger(128)), .. Word(new BigInteger(128 + nameTail.Length)), .. Word(new BigInteger(decimals)), .. Word(supply), .. nameTail, .. StringTail(symbol)];
    }

    private static byte[] StringTail(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var padded = new byte[(bytes.Length + 31) / 32 * 32];
        bytes.CopyTo(padded, 0);
        return [.. Word(new BigInteger(bytes.Length)), .. padded];
    }

    public override string ToString() => Address.ToString(CultureInfo.InvariantCulture);
}
