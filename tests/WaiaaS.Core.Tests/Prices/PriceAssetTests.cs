using WaiaaS.Core.Chains;
using WaiaaS.Core.Prices;

namespace WaiaaS.Core.Tests.Prices;

public sealed class PriceAssetTests
{
    [Theory]
    [InlineData("solana-mainnet", "SOL")]
    [InlineData("solana-devnet", "SOL")]
    [InlineData("ethereum-mainnet", "ETH")]
    [InlineData("base-sepolia", "ETH")]
    [InlineData("arbitrum-mainnet", "ETH")]
    [InlineData("optimism-mainnet", "ETH")]
    [InlineData("polygon-mainnet", "POL")]
    [InlineData("polygon-amoy", "POL")]
    public void NativeSymbolOf_BuiltInNetwork_NamesItsCurrency(string network, string symbol)
    {
        Assert.Equal(symbol, PriceAsset.NativeSymbolOf(network));
    }

    [Fact]
    public void Native_OnCustomNetwork_HasNoSymbol()
    {
        var asset = PriceAsset.Native(ChainType.Ethereum, "anvil-local");

        Assert.Null(asset.Symbol);
        Assert.True(asset.IsNative);
    }

    [Fact]
    public void Token_IsNotNative()
    {
        var asset = new PriceAsset(ChainType.Solana, "solana-mainnet", "USDC", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");

        Assert.False(asset.IsNative);
    }
}
