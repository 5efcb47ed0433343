using System.Text.Json.Nodes;
using WaiaaS.Adapters.Solana.Codecs;
using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Tests.Harness;
using WaiaaS.Adapters.Solana.Transactions;
using static WaiaaS.Adapters.Solana.Tests.Transactions.ReferenceOps;

namespace WaiaaS.Adapters.Solana.Tests.Transactions;

/// <summary>Message bytes compared with what @solana/web3.js compiles for the same instructions (generated at test time).</summary>
public sealed class MessageCompatibilityTests
{
    private static readonly SolanaAddress Payer = TestKeys.Address("payer");
    private static readonly SolanaAddress Recipient = TestKeys.Address("recipient");
    private static readonly SolanaAddress Mint = TestKeys.Address("mint");
    private static readonly SolanaAddress Delegate = TestKeys.Address("delegate");
    private static readonly string Blockhash = Base58.Encode(TestKeys.Address("blockhash").Bytes);

    private static IEnumerable<(string Name, MessageVersion Version, JsonObject[] Ops)> Cases()
    {
        foreach (var version in new[] { MessageVersion.Legacy, MessageVersion.V0 })
        {
            var v = version == MessageVersion.V0 ? "v0" : "legacy";
            yield return ($"{v} transfer", version, [Transfer(Payer, Recipient, 1_234_567_890)]);
            yield return ($"{v} transfer max", version, [Transfer(Payer, Recipient, ulong.MaxValue)]);
            yield return ($"{v} compute budget", version, [UnitLimit(300_000), UnitPrice(25_000), Transfer(Payer, Recipient, 5)]);
            yield return ($"{v} memo", version, [Transfer(Payer, Recipient, 7), Memo("pay invoice 42 ✓", Payer)]);
            foreach (var program in new[] { ProgramIds.Token, ProgramIds.Token2022 })
            {
                var p = program == ProgramIds.Token ? "token" : "token-2022";
                var source = AssociatedTokenAccountProgram.FindAddress(Payer, Mint, program);
                var destination = AssociatedTokenAccountProgram.FindAddress(Recipient, Mint, program);
                yield return ($"{v} {p} transferChecked with ATA creation", version,
                [
                    UnitLimit(80_000), UnitPrice(1_000),
                    CreateAta(Payer, Recipient, Mint, program),
                    TransferChecked(source, Mint, destination, Payer, 1_000_000, 6, program),
                ]);
                yield return ($"{v} {p} approveChecked", version, [ApproveChecked(source, Mint, Delegate, Payer, 42, 9, program)]);
                yield return ($"{v} {p} mint creation", version,
                [
                    CreateAccount(Payer, Mint, 1_461_600, TokenProgram.MintSize, program),
                    InitializeMint2(Mint, 6, Payer, null, program),
                    InitializeMint2(Mint, 2, Payer, Delegate, program),
                    CreateAta(Payer, Payer, Mint, program),
                    MintTo(Mint, source, Payer, 5_000_000, program),
                ]);
            }
        }
    }

    [Fact]
    public async Task CompiledMessages_MatchWeb3Js()
    {
        var cases = Cases().ToList();
        var request = new JsonObject
        {
            ["messages"] = new JsonArray([.. cases.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["version"] = c.Version == MessageVersion.V0 ? "v0" : "legacy",
                ["payer"] = Payer.ToString(),
                ["blockhash"] = Blockhash,
                ["ops"] = new JsonArray([.. c.Ops.Select(o => (JsonNode)o.DeepClone())]),
            })]),
        };

        var answer = await NodeTooling.RunJsonAsync("solana/reference.mjs", request);

        Assert.Equal(cases.Count, answer["messages"]!.AsObject().Count);
        foreach (var (name, version, ops) in cases)
        {
            var expected = Convert.FromBase64String(answer["messages"]![name]!.GetValue<string>());
            var ours = MessageCompiler.Compile(Payer, [.. ops.Select(Build)], Blockhash, version).Serialize();
            Assert.True(expected.AsSpan().SequenceEqual(ours), $"{name}: web3.js {Convert.ToHexStringLower(expected)} vs ours {Convert.ToHexStringLower(ours)}");
            Assert.Equal(expected, SolanaMessage.Deserialize(expected).Serialize());
        }
    }

    [Fact]
    public void V0Message_StartsWithTheVersionPrefixAndEndsWithNoLookups()
    {
        var legacy = MessageCompiler.Compile(Payer, [SystemProgram.Transfer(Payer, Recipient, 1)], Blockhash).Serialize();
        var v0 = MessageCompiler.Compile(Payer, [SystemProgram.Transfer(Payer, Recipient, 1)], Blockhash, MessageVersion.V0).Serialize();

        Assert.Equal(0x80, v0[0]);
        Assert.Equal(0, v0[^1]);
        Assert.Equal(legacy, v0[1..^1]);
        Assert.Equal(MessageVersion.V0, SolanaMessage.Deserialize(v0).Version);
    }

    [Fact]
    public void Compile_OrdersKeysByRoleAndCountsThemInTheHeader()
    {
        var readOnlySigner = TestKeys.Address("co-signer");
        var instruction = new SolanaInstruction(
            TestKeys.Address("program"),
            [AccountMeta.ReadOnly(TestKeys.Address("ro")), AccountMeta.ReadOnly(readOnlySigner, isSigner: true), AccountMeta.Writable(Recipient)],
            new byte[] { 1 });

        var message = MessageCompiler.Compile(Payer, [instruction], Blockhash);

        Assert.Equal([Payer, readOnlySigner, Recipient, TestKeys.Address("program"), TestKeys.Address("ro")], message.AccountKeys);
        Assert.Equal(new MessageHeader(2, 1, 2), message.Header);
        Assert.True(message.IsWritable(0));
        Assert.False(message.IsWritable(1));
        Assert.True(message.IsWritable(2));
        Assert.False(message.IsWritable(3));
        Assert.Equal([4, 1, 2], message.Instructions[0].AccountIndexes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("81")]
    [InlineData("010000")]
    public void Deserialize_RejectsMalformedMessages(string hex)
    {
        Assert.Throws<FormatException>(() => SolanaMessage.Deserialize(Convert.FromHexString(hex)));
    }
}
