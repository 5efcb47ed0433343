using WaiaaS.Adapters.Evm.Siwe;

namespace WaiaaS.Adapters.Evm.Tests.Siwe;

public sealed class SiweParserTests
{
    // The example message in the EIP-4361 text.
    internal const string EipExample =
        "example.com wants you to sign in with your Ethereum account:\n" +
        "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n" +
        "\n" +
        "I accept the ExampleOrg Terms of Service: https://example.com/tos\n" +
        "\n" +
        "URI: https://example.com/login\n" +
        "Version: 1\n" +
        "Chain ID: 1\n" +
        "Nonce: 32891756\n" +
        "Issued At: 2021-09-30T16:25:24Z\n" +
        "Resources:\n" +
        "- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/\n" +
        "- https://example.com/my-web2-claim.json";

    [Fact]
    public void Parse_EipExample_ReadsEveryField()
    {
        var message = SiweParser.Parse(EipExample);

        Assert.Null(message.Scheme);
        Assert.Equal("example.com", message.Domain);
        Assert.Equal("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", message.Address);
        Assert.Equal("I accept the ExampleOrg Terms of Service: https://example.com/tos", message.Statement);
        Assert.Equal("https://example.com/login", message.Uri);
        Assert.Equal("1", message.Version);
        Assert.Equal(1UL, message.ChainId);
        Assert.Equal("32891756", message.Nonce);
        Assert.Equal(new DateTimeOffset(2021, 9, 30, 16, 25, 24, TimeSpan.Zero), message.IssuedAt);
        Assert.Null(message.ExpirationTime);
        Assert.Equal(
            ["ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/", "https://example.com/my-web2-claim.json"],
            message.Resources);
        Assert.Equal(EipExample, message.Format());
    }

    [Fact]
    public void Parse_AllOptionalFieldsAndScheme_RoundTrips()
    {
        const string text =
            "https://localhost:3100 wants you to sign in with your Ethereum account:\n" +
            "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf\n" +
            "\n" +
            "\n" +
            "URI: http://localhost:3100/approve\n" +
            "Version: 1\n" +
            "Chain ID: 31337\n" +
            "Nonce: abcdEFGH1234\n" +
            "Issued At: 2026-11-22T05:00:00.000Z\n" +
            "Expiration Time: 2026-11-22T05:10:00+00:00\n" +
            "Not Before: 2026-11-22T04:59:00Z\n" +
            "Request ID: tx-42";

        var message = SiweParser.Parse(text);

        Assert.Equal("https", message.Scheme);
        Assert.Equal("localhost:3100", message.Domain);
        Assert.Null(message.Statement);
        Assert.Equal(31337UL, message.ChainId);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 5, 10, 0, TimeSpan.Zero), message.ExpirationTime);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 4, 59, 0, TimeSpan.Zero), message.NotBefore);
        Assert.Equal("tx-42", message.RequestId);
        Assert.Empty(message.Resources);
        Assert.Equal(text, message.Format());
    }

    [Theory]
    [InlineData("example.com wants you to sign in with your Bitcoin account:", "Line 1")]
    [InlineData("0xc02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2", "Line 2: the address must be an EIP-55")]
    [InlineData("0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", "Line 2: the address must be an EIP-55")]
    [InlineData("URI: not a uri", "Line 6: the URI")]
    [InlineData("Version: 2", "Line 7: the version must be 1")]
    [InlineData("Chain ID: -1", "Line 8: the chain id")]
    [InlineData("Nonce: short", "Line 9: the nonce")]
    [InlineData("Nonce: has-dash-1234", "Line 9: the nonce")]
    [InlineData("Issued At: yesterday", "Line 10: the time must be an RFC 3339")]
    [InlineData("Issued At: 2021-09-30 16:25:24", "Line 10: the time must be an RFC 3339")]
    public void Parse_OneBadLine_NamesTheLine(string badLine, string expectedError)
    {
        var lines = EipExample.Split('\n');
        var index = Array.FindIndex(lines, l => SameField(l, badLine));
        lines[index] = badLine;

        var parsed = SiweParser.TryParse(string.Join('\n', lines), out var message, out var error);

        Assert.False(parsed);
        Assert.Null(message);
        Assert.StartsWith(expectedError, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("example.com wants you to sign in with your Ethereum account:\n0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")]
    public void Parse_Truncated_Fails(string? text) => Assert.False(SiweParser.TryParse(text, out _, out _));

    [Fact]
    public void Parse_TrailingNewlineOrUnknownField_Fails()
    {
        Assert.Throws<FormatException>(() => SiweParser.Parse(EipExample + "\n"));
        var reordered = EipExample.Replace("Resources:", "Request ID: x\nResources:", StringComparison.Ordinal) + "\nExpiration Time: 2021-09-30T16:25:24Z";
        var error = Assert.Throws<FormatException>(() => SiweParser.Parse(reordered));
        Assert.Contains("unexpected", error.Message);
    }

    private static bool SameField(string line, string replacement)
    {
        var colon = replacement.IndexOf(": ", StringComparison.Ordinal);
        if (replacement.StartsWith("0x", StringComparison.Ordinal))
        {
            return line.StartsWith("0x", StringComparison.Ordinal);
        }

        return colon > 0 ? line.StartsWith(replacement[..(colon + 2)], StringComparison.Ordinal) : line.Contains(" wants you");
    }
}
