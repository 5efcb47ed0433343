using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Core.Tests.Sessions;

public sealed class SessionTokenFileContentTests : IDisposable
{
    private static readonly string Token = TokenFileFixture.Token();
    private readonly TokenFileFixture _fixture = new();

    public static TheoryData<string> MaliciousContents =>
    [
        "garbage", "huge", "valid-then-huge", "nul-inside", "escape-sequence", "bom", "utf16", "tampered-payload", "bad-characters-in-payload",
        "payload-without-exp", "exp-out-of-range", "alg-none-header", "not-a-jwt", "missing-prefix", "two-tokens",
        "two-trailing-newlines", "leading-space", "empty", "only-newline",
    ];

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Read_ToleratesOneTrailingNewline(string newline)
    {
        var path = _fixture.WriteRaw("mcp-token", Encoding.UTF8.GetBytes(Token + newline));

        var read = SessionTokenFile.Read(path);

        Assert.True(read.Succeeded, read.Failure?.Message);
        Assert.Equal(Token, read.Value);
    }

    [Theory]
    [MemberData(nameof(MaliciousContents))]
    public void S02_Read_RejectsMaliciousContent_WithoutCrashingOrEchoingIt(string kind)
    {
        var path = _fixture.WriteRaw("mcp-token", Content(kind));

        var read = SessionTokenFile.Read(path);

        Assert.False(read.Succeeded);
        Assert.Equal(ErrorCodes.TokenFileMalformed, read.Failure.Error);
        Assert.Contains(path, read.Failure.Message);
        var segments = Token[SessionTokenCodec.Prefix.Length..].Split('.');
        Assert.DoesNotContain(segments[1], read.Failure.Message);
        Assert.DoesNotContain(segments[2], read.Failure.Message);
    }

    [Fact]
    public void S02_Read_RefusesAHugeFile_ByNamingTheCap()
    {
        var path = _fixture.WriteRaw("mcp-token", Content("huge"));

        var read = SessionTokenFile.Read(path);

        Assert.Contains($"larger than {SessionTokenFile.MaxFileBytes} bytes", read.Failure?.Message);
    }

    [Fact]
    public void S02_Read_RefusesABom_WithAMessageThatSaysSo()
    {
        var path = _fixture.WriteRaw("mcp-token", Content("bom"));

        Assert.Contains("byte-order mark", SessionTokenFile.Read(path).Failure?.Message);
    }

    private static byte[] Content(string kind)
    {
        var parts = Token[SessionTokenCodec.Prefix.Length..].Split('.');
        return kind switch
        {
            "garbage" => RandomNumberGenerator.GetBytes(300),
            "huge" => Encoding.ASCII.GetBytes(new string('A', 10 * 1024 * 1024)),
            "valid-then-huge" => Encoding.ASCII.GetBytes(Token + new string('A', SessionTokenFile.MaxFileBytes)),
            "nul-inside" => Encoding.ASCII.GetBytes(Token[..20] + "\0" + Token[20..]),
            "escape-sequence" => Encoding.ASCII.GetBytes("\u001b[2J" + Token),
            "bom" => [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes(Token)],
            "utf16" => Encoding.Unicode.GetBytes(Token),
            "tampered-payload" => Ascii(parts[0], Base64Url.EncodeToString("not json at all"u8), parts[2]),
            "bad-characters-in-payload" => Ascii(parts[0], parts[1][..^2] + "!!", parts[2]),
            "payload-without-exp" => Ascii(parts[0], Base64Url.EncodeToString("{\"sub\":\"s\",\"wids\":[\"w\"],\"iat\":1}"u8), parts[2]),
            "exp-out-of-range" => Ascii(parts[0], Base64Url.EncodeToString("{\"sub\":\"s\",\"wids\":[\"w\"],\"iat\":1,\"exp\":99999999999999}"u8), parts[2]),
            "alg-none-header" => Ascii(Base64Url.EncodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}"u8), parts[1], parts[2]),
            "not-a-jwt" => "wai_sess_hello-world"u8.ToArray(),
            "missing-prefix" => Encoding.ASCII.GetBytes(string.Join('.', parts)),
            "two-tokens" => Encoding.ASCII.GetBytes(Token + "\n" + Token + "\n"),
            "two-trailing-newlines" => Encoding.ASCII.GetBytes(Token + "\n\n"),
            "leading-space" => Encoding.ASCII.GetBytes(" " + Token),
            "empty" => [],
            "only-newline" => "\n"u8.ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static byte[] Ascii(string header, string payload, string signature) =>
        Encoding.ASCII.GetBytes(SessionTokenCodec.Prefix + header + "." + payload + "." + signature);
}
