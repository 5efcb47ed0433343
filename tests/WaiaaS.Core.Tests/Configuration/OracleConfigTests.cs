using WaiaaS.Core.Configuration;
using WaiaaS.Core.Prices;
using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class OracleConfigTests
{
    private const string SolFeed = "0xef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d";

    [Fact]
    public void Defaults_HaveBuiltInFeedTablesTimeoutAndMaxAge()
    {
        var oracle = new WaiaasConfig().Oracle;

        Assert.Equal(3000, oracle.RequestTimeoutMs);
        Assert.Equal(300, oracle.MaxPriceAgeSeconds);
        Assert.Equal("", oracle.PythApiKey);
        Assert.Equal(["ETH", "SOL", "USDC", "USDT"], oracle.PythFeedIds.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(SolFeed, oracle.PythFeedIds["SOL"]);
        Assert.Equal("0xff61491a931112ddf1bd8147cd1b641375f79f5825126d665480874634fd0ace", oracle.PythFeedIds["ETH"]);
        Assert.Equal("0xeaa020c61cc479712813461ce153894a96a6c00b21ed0cfc2798d1f9a9e9c94a", oracle.PythFeedIds["USDC"]);
        Assert.Equal("0x2b89b9dc8fdf9f34709a5b106b472f0f39bb6ca9ce04b0fd7f2e971688e2e53b", oracle.PythFeedIds["USDT"]);
        Assert.Equal(
            [("ETH", "ethereum"), ("SOL", "solana"), ("USDC", "usd-coin"), ("USDT", "tether")],
            oracle.CoingeckoIds.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public void Load_WhenFileSetsNewKeys_BindsThem()
    {
        var config = LoadOk("""
            [oracle]
            request_timeout_ms = 1500
            max_price_age = 90
            pyth_api_key = "pyth-key"

            [oracle.pyth_feed_ids]
            SOL = "ef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d"

            [oracle.coingecko_ids]
            BONK = "bonk"
            """);

        Assert.Equal(1500, config.Oracle.RequestTimeoutMs);
        Assert.Equal(90, config.Oracle.MaxPriceAgeSeconds);
        Assert.Equal("pyth-key", config.Oracle.PythApiKey);
        Assert.Equal("ef0d8b6fda2ceba41da15d4095d1da392a0d2f8ed0c6c7bc0f4cfac8c280b56d", Assert.Single(config.Oracle.PythFeedIds).Value);
        Assert.Equal(("BONK", "bonk"), Assert.Single(config.Oracle.CoingeckoIds.Select(kv => (kv.Key, kv.Value))));
    }

    [Fact]
    public void Load_WhenEnvironmentSetsFeedMapAsJson_ReplacesBuiltInTable()
    {
        var config = LoadOk("", ("WAIAAS_ORACLE_COINGECKO_IDS", """{"SOL": "solana"}"""), ("WAIAAS_ORACLE_REQUEST_TIMEOUT_MS", "250"));

        Assert.Equal(("SOL", "solana"), Assert.Single(config.Oracle.CoingeckoIds.Select(kv => (kv.Key, kv.Value))));
        Assert.Equal(250, config.Oracle.RequestTimeoutMs);
    }

    [Theory]
    [InlineData("request_timeout_ms = 99", "oracle.request_timeout_ms", "between 100 and 60000")]
    [InlineData("request_timeout_ms = 60001", "oracle.request_timeout_ms", "between 100 and 60000")]
    [InlineData("max_price_age = 0", "oracle.max_price_age", "between 1 and 86400")]
    [InlineData("max_price_age = \"300\"", "oracle.max_price_age", "expected an integer")]
    [InlineData("pyth_feed_ids = { SOL = \"0x1234\" }", "oracle.pyth_feed_ids", "feed id of 'SOL' must be 64 hex digits")]
    [InlineData("pyth_feed_ids = { SOL = 5 }", "oracle.pyth_feed_ids", "value of 'SOL' must be a string")]
    [InlineData("pyth_feed_ids = \"SOL\"", "oracle.pyth_feed_ids", "expected a table")]
    [InlineData("coingecko_ids = { SOL = \"Solana\" }", "oracle.coingecko_ids", "coin id of 'SOL' must be a CoinGecko id")]
    [InlineData("coingecko_ids = { SOL = \"solana,ethereum\" }", "oracle.coingecko_ids", "coin id of 'SOL'")]
    [InlineData("coingecko_ids = { \"S OL\" = \"solana\" }", "oracle.coingecko_ids", "symbol \"S OL\" must be 1 to 32 characters")]
    [InlineData("static_prices = { USDC = 0 }", "oracle.static_prices", "price of 'USDC' must be greater than 0")]
    [InlineData("static_prices = { USDC = -1.0 }", "oracle.static_prices", "price of 'USDC' must be a finite number")]
    [InlineData("static_prices = { USDC = 1e16 }", "oracle.static_prices", "at most 1e15")]
    [InlineData("pyth_url = \"ftp://hermes.example\"", "oracle.pyth_url", "must be an absolute http:// or https:// URL")]
    public void Load_WhenOracleValueIsInvalid_ReportsKeyLineAndReason(string line, string key, string message)
    {
        var error = SingleError("[oracle]\n" + line + "\n");

        Assert.Equal(key, error.Key);
        Assert.Equal(2, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Load_WhenFeedMapSubTableHasBadId_ReportsTheSubTableKey()
    {
        var error = SingleError("[oracle.pyth_feed_ids]\nSOL = \"nothex\"\n");

        Assert.Equal("oracle.pyth_feed_ids", error.Key);
        Assert.Contains("feed id of 'SOL'", error.Message);
    }

    [Fact]
    public void Load_WhenPythApiKeyIsSet_KeyIsSecret()
    {
        var key = ConfigSchema.AllKeys.Single(k => k.FullName == "oracle.pyth_api_key");

        Assert.True(key.IsSecret);
        Assert.Equal("WAIAAS_ORACLE_PYTH_API_KEY", key.EnvironmentVariable);
    }

    [Fact]
    public void BuiltInTables_AreTheOracleDefaults()
    {
        Assert.Same(KnownPriceFeeds.PythFeedIds, new OracleSettings().PythFeedIds);
        Assert.Same(KnownPriceFeeds.CoingeckoIds, new OracleSettings().CoingeckoIds);
    }
}
