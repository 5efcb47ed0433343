using WaiaaS.Core.Chains;
using WaiaaS.Daemon.Owners;

namespace WaiaaS.Daemon.Tests.Owners;

public class OwnerMessageTextTests
{
    [Fact]
    public void Solana_ParsesWhatItFormats()
    {
        var key = OwnerTestKey.Create(ChainType.Solana);
        var at = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);
        var text = OwnerActionMessages.Build(ChainType.Solana, key.Address, OwnerActionMessages.KillSwitchStatement, "abcdef0123456789", at, at.AddMinutes(5));

        Assert.True(OwnerMessageText.TryParse(ChainType.Solana, text, out var message, out var error), error);
        Assert.Equal("localhost", message!.Domain);
        Assert.Equal(key.Address, message.Address);
        Assert.Equal(OwnerActionMessages.KillSwitchStatement, message.Statement);
        Assert.Equal("abcdef0123456789", message.Nonce);
        Assert.Equal(at, message.IssuedAt);
        Assert.Equal(at.AddMinutes(5), message.ExpirationTime);
    }

    [Fact]
    public void Solana_WithoutStatementAndWithChainId_Parses()
    {
        const string text = "127.0.0.1:3100 wants you to sign in with your Solana account:\n11111111111111111111111111111111\n\n\nURI: http://127.0.0.1:3100\nVersion: 1\nChain ID: mainnet\nNonce: abcdefgh12345678\nIssued At: 2026-11-22T12:00:00Z";

        Assert.True(OwnerMessageText.TryParse(ChainType.Solana, text, out var message, out var error), error);
        Assert.Null(message!.Statement);
        Assert.Equal("127.0.0.1:3100", message.Domain);
    }

    [Theory]
    [InlineData("localhost wants you to sign in with your Ethereum account:\n11111111111111111111111111111111\n\n\nURI: a:b\nVersion: 1\nNonce: abcdefgh\nIssued At: 2026-11-22T12:00:00Z")]
    [InlineData("localhost wants you to sign in with your Solana account:\n11111111111111111111111111111111\n\n\nURI: a:b\nVersion: 1\nNonce: short\nIssued At: 2026-11-22T12:00:00Z")]
    [InlineData("localhost wants you to sign in with your Solana account:\n11111111111111111111111111111111\n\n\nURI: a:b\nVersion: 1\nNonce: abcdefgh\nIssued At: yesterday")]
    [InlineData("localhost wants you to sign in with your Solana account:\n11111111111111111111111111111111\n\n\nURI: a:b\nVersion: 1\nNonce: abcdefgh\nIssued At: 2026-11-22T12:00:00Z\n")]
    [InlineData("Nonce: abcdefgh")]
    public void Solana_Malformed_IsRefused(string text) =>
        Assert.False(OwnerMessageText.TryParse(ChainType.Solana, text, out _, out _));

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("localhost:3100", true)]
    [InlineData("127.0.0.1:3100", true)]
    [InlineData("[::1]:3100", true)]
    [InlineData("example.com", false)]
    [InlineData("localhost.evil.com", false)]
    [InlineData("10.0.0.1", false)]
    public void LoopbackAuthority(string domain, bool expected) =>
        Assert.Equal(expected, OwnerMessageValidator.IsLoopbackAuthority(domain));
}
