using WaiaaS.Adapters.Evm.Siwe;
using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Owners;

namespace WaiaaS.Daemon.Tests.Owners;

public class OwnerApprovalMessagesTests
{
    private const string TxA = "0193a1b2-0000-7000-8000-00000000000a";
    private const string TxB = "0193a1b2-0000-7000-8000-00000000000b";
    private const string Nonce = "0123456789abcdef0123456789abcdef";
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 22, 12, 0, 0, 250, TimeSpan.Zero);
    private static readonly DateTimeOffset ExpiresAt = new(2026, 11, 22, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Solana_IsTheDocumentedText()
    {
        var key = OwnerTestKey.Create(ChainType.Solana);

        var text = OwnerApprovalMessages.Build(ChainType.Solana, key.Address, OwnerApprovalMessages.Approve, TxA, Nonce, IssuedAt, ExpiresAt, null);

        Assert.Equal(
            "localhost wants you to sign in with your Solana account:\n" + key.Address + "\n\n" +
            "WaiaaS: approve transaction " + TxA + "\n\n" +
            "URI: waiaas://owner\nVersion: 1\nNonce: " + Nonce + "\n" +
            "Issued At: 2026-11-22T12:00:00.000Z\nExpiration Time: 2026-11-22T13:00:00.000Z\nRequest ID: " + TxA,
            text);
    }

    [Fact]
    public void Evm_IsAnEip4361MessageWithEveryFact()
    {
        var key = OwnerTestKey.Create(ChainType.Ethereum);

        var text = OwnerApprovalMessages.Build(ChainType.Ethereum, key.Address.ToLowerInvariant(), OwnerApprovalMessages.Reject, TxA, Nonce, IssuedAt, ExpiresAt, "11155111");
        var siwe = SiweParser.Parse(text);

        Assert.Equal("localhost", siwe.Domain);
        Assert.Equal(key.Address, siwe.Address);
        Assert.Equal("WaiaaS: reject transaction " + TxA, siwe.Statement);
        Assert.Equal("waiaas://owner", siwe.Uri);
        Assert.Equal(11155111UL, siwe.ChainId);
        Assert.Equal(Nonce, siwe.Nonce);
        Assert.Equal(IssuedAt.AddMilliseconds(-250), siwe.IssuedAt);
        Assert.Equal(ExpiresAt, siwe.ExpirationTime);
        Assert.Equal(TxA, siwe.RequestId);
        Assert.Equal(text, siwe.Format());
    }

    [Theory]
    [InlineData(ChainType.Ethereum)]
    [InlineData(ChainType.Solana)]
    public void ApproveSignatureForA_IsRefusedForBAndForReject(ChainType chain)
    {
        var key = OwnerTestKey.Create(chain);
        var chainId = chain == ChainType.Ethereum ? "1" : null;
        string Build(string action, string tx) => OwnerApprovalMessages.Build(chain, key.Address, action, tx, Nonce, IssuedAt, ExpiresAt, chainId);
        var approveA = Build(OwnerApprovalMessages.Approve, TxA);
        var signature = key.Sign(approveA);

        Assert.True(OwnerApprovalMessages.Verify(chain, key.Address, approveA, approveA, signature));
        Assert.False(OwnerApprovalMessages.Verify(chain, key.Address, Build(OwnerApprovalMessages.Approve, TxB), approveA, signature));
        Assert.False(OwnerApprovalMessages.Verify(chain, key.Address, Build(OwnerApprovalMessages.Reject, TxA), approveA, signature));
        Assert.False(OwnerApprovalMessages.Verify(chain, OwnerTestKey.Create(chain).Address, approveA, approveA, signature));
    }

    [Fact]
    public void RebuildingFromStoredUnixSeconds_GivesTheSameText()
    {
        var key = OwnerTestKey.Create(ChainType.Solana);
        var first = OwnerApprovalMessages.Build(ChainType.Solana, key.Address, "approve", TxA, Nonce, IssuedAt, ExpiresAt, null);

        var rebuilt = OwnerApprovalMessages.Build(ChainType.Solana, key.Address, "approve", TxA, Nonce,
            DateTimeOffset.FromUnixTimeSeconds(IssuedAt.ToUnixTimeSeconds()), DateTimeOffset.FromUnixTimeSeconds(ExpiresAt.ToUnixTimeSeconds()), null);

        Assert.Equal(first, rebuilt);
    }

    [Theory]
    [InlineData("cancel", TxA, Nonce, "1")]
    [InlineData("approve", "tx\nA", Nonce, "1")]
    [InlineData("approve", TxA, "short", "1")]
    [InlineData("approve", TxA, Nonce, null)]
    [InlineData("approve", TxA, Nonce, "0x1")]
    public void Build_RefusesWhatCannotBeWrittenSafely(string action, string tx, string nonce, string? chainId)
    {
        var key = OwnerTestKey.Create(ChainType.Ethereum);

        Assert.Throws<ArgumentException>(() => OwnerApprovalMessages.Build(ChainType.Ethereum, key.Address, action, tx, nonce, IssuedAt, ExpiresAt, chainId));
    }
}
