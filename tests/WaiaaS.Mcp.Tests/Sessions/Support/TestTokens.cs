using System.Security.Cryptography;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>Structurally valid session tokens signed with a throw-away secret (the manager never checks signatures).</summary>
internal static class TestTokens
{
    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(32);

    public static string Issue(string sessionId, DateTimeOffset issuedAt, TimeSpan ttl) =>
        Issue(sessionId, issuedAt.ToUnixTimeSeconds(), (issuedAt + ttl).ToUnixTimeSeconds());

    public static string Issue(string sessionId, long issuedAt, long expiresAt) =>
        SessionTokenCodec.Issue(new SessionTokenClaims(sessionId, ["wallet-1"], issuedAt, expiresAt), Secret);
}
