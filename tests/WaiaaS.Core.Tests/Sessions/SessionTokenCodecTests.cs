using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WaiaaS.Core.Crypto;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Core.Tests.Sessions;

public sealed class SessionTokenCodecTests : IDisposable
{
    private const long Now = 1_800_000_000;
    private static readonly SessionTokenClaims Claims = new("0190f3b2-7c4e-7000-8000-000000000001", ["w-1", "w-2"], Now, Now + 3600);
    private readonly GuardedBuffer _secret = GuardedBuffer.Random(32);
    private readonly GuardedBuffer _other = GuardedBuffer.Random(32);

    [Fact]
    public void Issue_WritesAnHs256JwtWithThePrefix_ThatAnIndependentCheckAccepts()
    {
        var token = SessionTokenCodec.Issue(Claims, _secret);

        Assert.StartsWith("wai_sess_", token, StringComparison.Ordinal);
        var parts = token["wai_sess_".Length..].Split('.');
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(FromBase64Url(parts[0]));
        Assert.Equal("HS256", header.RootElement.GetProperty("alg").GetString());
        Assert.Equal("JWT", header.RootElement.GetProperty("typ").GetString());
        using var payload = JsonDocument.Parse(FromBase64Url(parts[1]));
        Assert.Equal(Claims.SessionId, payload.RootElement.GetProperty("sub").GetString());
        Assert.Equal(["w-1", "w-2"], payload.RootElement.GetProperty("wids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Now, payload.RootElement.GetProperty("iat").GetInt64());
        Assert.Equal(Now + 3600, payload.RootElement.GetProperty("exp").GetInt64());
        var expected = _secret.Read(key => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1])));
        Assert.Equal(expected, FromBase64Url(parts[2]));
    }

    [Fact]
    public void Verify_AcceptsItsOwnToken_WithAnyListedSecret()
    {
        var token = SessionTokenCodec.Issue(Claims, _secret);

        Assert.Equal(Claims, SessionTokenCodec.Verify(token, [_secret], Now).Value);
        Assert.Equal(Claims, SessionTokenCodec.Verify(token, [_other, _secret], Now).Value);
    }

    [Fact]
    public void Verify_RefusesAForeignSecret()
    {
        var token = SessionTokenCodec.Issue(Claims, _other);

        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify(token, [_secret], Now));
    }

    [Fact]
    public void Verify_RefusesATamperedPayload_KeepingTheSignature()
    {
        var parts = SessionTokenCodec.Issue(Claims, _secret).Split('.');
        var forged = Claims with { WalletIds = ["w-1", "w-2", "w-3"], ExpiresAt = Now + 999_999 };
        var forgedPayload = SessionTokenCodec.Issue(forged, _other).Split('.')[1];

        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify($"{parts[0]}.{forgedPayload}.{parts[2]}", [_secret], Now));
    }

    [Fact]
    public void Verify_ReportsExpiryAfterTheSignature()
    {
        var token = SessionTokenCodec.Issue(Claims, _secret);

        Assert.True(SessionTokenCodec.Verify(token, [_secret], Claims.ExpiresAt - 1).Succeeded);
        AssertCode(ErrorCodes.SessionExpired, SessionTokenCodec.Verify(token, [_secret], Claims.ExpiresAt));
        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify(SessionTokenCodec.Issue(Claims, _other), [_secret], Claims.ExpiresAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer x")]
    [InlineData("wai_sess_")]
    [InlineData("wai_sess_a.b")]
    [InlineData("wai_sess_a.b.c.d")]
    [InlineData("wai_sess_eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.e30.")]
    public void Verify_RefusesMalformedTokens(string? token) =>
        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify(token, [_secret], Now));

    [Fact]
    public void Verify_RefusesAlgNone_PaddingAndOversizedTokens()
    {
        var parts = SessionTokenCodec.Issue(Claims, _secret).Split('.');
        var none = Convert.ToBase64String("{\"alg\":\"none\",\"typ\":\"JWT\"}"u8).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify($"wai_sess_{none}.{parts[1]}.", [_secret], Now));
        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify($"{parts[0]}.{parts[1]}.{parts[2]}=", [_secret], Now));
        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify($"{parts[0]}.{parts[1]}.{parts[2]} ", [_secret], Now));
        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify(SessionTokenCodec.Issue(Claims with { SessionId = new string('a', 5000) }, _secret), [_secret], Now));
    }

    [Fact]
    public void EveryTruncationAndSingleCharacterChange_IsRefusedWithoutThrowing()
    {
        var token = SessionTokenCodec.Issue(Claims, _secret);

        for (var length = 0; length < token.Length; length++)
        {
            AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.Verify(token[..length], [_secret], Now));
            Assert.False(SessionTokenCodec.DecodeUntrusted(token[..length]).Succeeded);
        }

        for (var i = "wai_sess_".Length; i < token.Length; i++)
        {
            foreach (var replacement in new[] { 'A', '-', '.', '=', '!', ' ' })
            {
                if (token[i] != replacement)
                {
                    var mutated = string.Concat(token.AsSpan(0, i), replacement.ToString(), token.AsSpan(i + 1));
                    Assert.False(SessionTokenCodec.Verify(mutated, [_secret], Now).Succeeded, mutated);
                }
            }
        }
    }

    [Fact]
    public void DecodeUntrusted_ReadsClaimsWithoutTheSecret_AndDoesNotCheckTheSignature()
    {
        var parts = SessionTokenCodec.Issue(Claims, _secret).Split('.');
        var wrongSignature = Convert.ToBase64String(new byte[32]).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal(Claims, SessionTokenCodec.DecodeUntrusted($"{parts[0]}.{parts[1]}.{parts[2]}").Value);
        Assert.Equal(Claims, SessionTokenCodec.DecodeUntrusted($"{parts[0]}.{parts[1]}.{wrongSignature}").Value);
    }

    [Theory]
    [InlineData("{\"wids\":[\"w\"],\"iat\":1,\"exp\":2}")]
    [InlineData("{\"sub\":\"s\",\"wids\":[\"w\"],\"iat\":1}")]
    [InlineData("{\"sub\":\"s\",\"wids\":[\"w\"],\"iat\":1,\"exp\":\"2\"}")]
    [InlineData("{\"sub\":\"s\",\"wids\":[\"w\"],\"iat\":10,\"exp\":5}")]
    [InlineData("{\"sub\":\"s\",\"wids\":[\"w\"],\"iat\":1,\"exp\":253402300800}")]
    [InlineData("{\"sub\":\"s\",\"wids\":[],\"iat\":1,\"exp\":2}")]
    [InlineData("{\"sub\":\"\",\"wids\":[\"w\"],\"iat\":1,\"exp\":2}")]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    public void DecodeUntrusted_RefusesMissingOrOutOfRangeClaims(string payload)
    {
        var header = SessionTokenCodec.Issue(Claims, _secret).Split('.')[0];
        var signature = Convert.ToBase64String(new byte[32]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        AssertCode(ErrorCodes.InvalidSessionToken, SessionTokenCodec.DecodeUntrusted($"{header}.{body}.{signature}"));
    }

    [Fact]
    public void Hash_IsLowerHexSha256OfTheToken()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SessionTokenCodec.Hash("abc"));
    }

    public void Dispose()
    {
        _secret.Dispose();
        _other.Dispose();
    }

    private static void AssertCode<T>(ErrorCode expected, Result<T> result)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(expected.Code, result.Failure.Error.Code);
    }

    private static byte[] FromBase64Url(string segment)
    {
        var s = segment.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s + new string('=', (4 - (s.Length % 4)) % 4));
    }
}
