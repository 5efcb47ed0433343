using static WaiaaS.Core.Tests.Configuration.ConfigTestHelpers;

namespace WaiaaS.Core.Tests.Configuration;

public sealed class ConfigValidatorTests
{
    [Theory]
    [InlineData("daemon", "log_level = \"verbose\"", "daemon.log_level", "must be one of \"trace\", \"debug\", \"info\", \"warn\", \"error\", got \"verbose\"")]
    [InlineData("daemon", "log_level = \"INFO\"", "daemon.log_level", "must be one of \"trace\", \"debug\", \"info\", \"warn\", \"error\", got \"INFO\"")]
    [InlineData("daemon", "hostname = \"example.com\"", "daemon.hostname", "must be an IP address (e.g. \"127.0.0.1\") or \"localhost\", got \"example.com\"")]
    [InlineData("daemon", "hostname = \"3100\"", "daemon.hostname", "must be an IP address (e.g. \"127.0.0.1\") or \"localhost\", got \"3100\"")]
    [InlineData("daemon", "hostname = \"127.1\"", "daemon.hostname", "must be an IP address (e.g. \"127.0.0.1\") or \"localhost\", got \"127.1\"")]
    [InlineData("daemon", "update_feed = \"ftp://feed.example/\"", "daemon.update_feed", "must be an absolute http:// or https:// URL without credentials, got \"ftp://feed.example/\"")]
    [InlineData("daemon", "update_feed = \"api.nuget.org/v3\"", "daemon.update_feed", "must be an absolute http:// or https:// URL without credentials, got \"api.nuget.org/v3\"")]
    [InlineData("daemon", "update_feed = \"/v3/index.json\"", "daemon.update_feed", "must be an absolute http:// or https:// URL without credentials, got \"/v3/index.json\"")]
    [InlineData("daemon", "update_feed = \"ftp://u@x/a@b\"", "daemon.update_feed", "must be an absolute http:// or https:// URL without credentials, got \"ftp://<redacted>@x/a@b\"")]
    [InlineData("oracle", "pyth_url = \"\"", "oracle.pyth_url", "must be an absolute http:// or https:// URL without credentials, got \"\"")]
    [InlineData("security", "time_zone = \"Mars/Olympus_Mons\"", "security.time_zone", "must be an IANA time zone such as \"UTC\" or \"Asia/Seoul\", got \"Mars/Olympus_Mons\"")]
    [InlineData("security", "unknown_price_tier = \"INSTANT\"", "security.unknown_price_tier", "must be one of \"NOTIFY\", \"APPROVAL\", got \"INSTANT\"")]
    [InlineData("security", "cors_origins = [\"http://a.example\", \"http://a.example\"]", "security.cors_origins", "must not list a value twice")]
    [InlineData("security", "cors_origins = [\"http://a.example\", 5]", "security.cors_origins", "element 1: expected a string, got an integer")]
    [InlineData("oracle", "sources = [\"pyth\", \"chainlink\"]", "oracle.sources", "must be one of \"pyth\", \"coingecko\", \"static\", got \"chainlink\"")]
    [InlineData("oracle", "sources = [\"pyth\", \"pyth\"]", "oracle.sources", "must not list a value twice")]
    [InlineData("oracle", "static_prices = { USDC = -1 }", "oracle.static_prices", "price of 'USDC' must be a finite number ≥ 0")]
    [InlineData("oracle", "static_prices = { USDC = \"1\" }", "oracle.static_prices", "price of 'USDC' must be a finite number ≥ 0")]
    [InlineData("notifications", "locale = \"fr\"", "notifications.locale", "must be one of \"en\", \"ko\", got \"fr\"")]
    [InlineData("notifications", "channel_order = [\"email\"]", "notifications.channel_order", "must be one of \"telegram\", \"discord\", \"slack\", \"ntfy\", got \"email\"")]
    [InlineData("database", "path = \"data/\"", "database.path", "must be a file path (relative to the data directory or absolute), got \"data/\"")]
    [InlineData("database", "path = \"\"", "database.path", "must be a file path (relative to the data directory or absolute), got \"\"")]
    [InlineData("daemon", "admin_ui = \"yes\"", "daemon.admin_ui", "expected true or false, got a string")]
    [InlineData("keystore", "argon2_memory_kib = 1024", "keystore.argon2_memory_kib", "must be between 8192 and 4194304, got 1024")]
    public void Load_WhenValueFailsValidation_ReportsKeyLineAndMessage(string section, string line, string key, string message)
    {
        var error = SingleError($"[{section}]\n{line}\n");

        Assert.Equal(key, error.Key);
        Assert.Equal(2, error.Line);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("http://user:pw@feed.example/")]
    [InlineData("https://user@feed.example/")]
    public void Load_WhenUrlHasCredentials_RefusesIt(string url)
    {
        var error = SingleError($"[daemon]\nupdate_feed = \"{url}\"\n");

        Assert.Equal("daemon.update_feed", error.Key);
        Assert.StartsWith("must be an absolute http:// or https:// URL without credentials", error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void Load_WhenHostnameIsIpOrLocalhost_AcceptsIt(string hostname)
    {
        Assert.Equal(hostname, LoadOk($"[daemon]\nhostname = \"{hostname}\"\n").Daemon.Hostname);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Asia/Seoul")]
    [InlineData("America/New_York")]
    public void Load_WhenTimeZoneIsIana_AcceptsIt(string zone)
    {
        Assert.Equal(zone, LoadOk($"[security]\ntime_zone = \"{zone}\"\n").Security.TimeZone);
    }

    [Fact]
    public void Load_WhenConstraintIsUnknown_ReportsIt()
    {
        var error = SingleError("[security]\ndefault_constraints = { max_daily = 5 }\n");

        Assert.Equal("security.default_constraints", error.Key);
        Assert.Equal(2, error.Line);
        Assert.Equal("unknown constraint 'max_daily' (known: allowed_networks, allowed_types, max_amount_per_tx, allowed_recipients)", error.Message);
    }

    [Fact]
    public void Load_WhenConstraintTypeIsUnknown_ReportsIt()
    {
        var error = SingleError("[security]\ndefault_constraints = { allowed_types = [\"TRANSFER\", \"SWAP\"] }\n");

        Assert.Equal("security.default_constraints", error.Key);
        Assert.Equal("allowed_types: unknown type 'SWAP' (known: TRANSFER, TOKEN_TRANSFER, CONTRACT_CALL, APPROVE)", error.Message);
    }

    [Theory]
    [InlineData("\"1.5\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"\"")]
    [InlineData("1000")]
    public void Load_WhenConstraintAmountIsNotDigits_ReportsIt(string amount)
    {
        var error = SingleError($"[security]\ndefault_constraints = {{ max_amount_per_tx = {{ native = {amount} }} }}\n");

        Assert.Equal("security.default_constraints", error.Key);
        Assert.Equal("max_amount_per_tx.native: expected a string of decimal digits (an amount in base units)", error.Message);
    }

    [Fact]
    public void Load_WhenConstraintsAreValid_BindsAllFour()
    {
        var constraints = LoadOk("""
            [security]
            default_constraints = { allowed_networks = ["ethereum-sepolia"], allowed_types = ["TOKEN_TRANSFER"], max_amount_per_tx = { native = "1000000000000000000000" }, allowed_recipients = ["0xabc"] }
            """).Security.DefaultConstraints;

        Assert.Equal(["ethereum-sepolia"], constraints.AllowedNetworks.ToArray());
        Assert.Equal(["TOKEN_TRANSFER"], constraints.AllowedTypes.ToArray());
        Assert.Equal("1000000000000000000000", constraints.MaxAmountPerTx["native"]);
        Assert.Equal(["0xabc"], constraints.AllowedRecipients.ToArray());
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("abc:AAEhBP0av28bRX_abcdefghijklmnopqrstu")]
    [InlineData("123456789:short")]
    [InlineData("123456789:AAEhBP0av28bRX abcdefghijklmnopqrstu")]
    [InlineData("https://api.telegram.org/bot123:AAEhBP0av28bRXabcdefghijklmnopqrstu")]
    public void Load_WhenTelegramBotTokenIsMalformed_ReportsShape(string token)
    {
        var error = SingleError($"[telegram]\nbot_token = \"{token}\"\n");

        Assert.Equal("telegram.bot_token", error.Key);
        Assert.Equal("must look like \"<bot id>:<secret>\" as issued by @BotFather", error.Message);
    }

    [Fact]
    public void Load_WhenTelegramBotTokenIsWellFormed_BindsIt()
    {
        const string token = "123456789:AAEhBP0av28bRX_abcdefghijklmnop-qrs";

        Assert.Equal(token, LoadOk($"[telegram]\nbot_token = \"{token}\"\n").Telegram.BotToken);
    }
}
