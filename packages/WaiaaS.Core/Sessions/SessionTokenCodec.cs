using System.Buffers.Text;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WaiaaS.Core.Crypto;
using WaiaaS.Core.Errors;

namespace WaiaaS.Core.Sessions;

/// <summary>
/// Session tokens: <c>wai_sess_</c> + a JWT (HS256, RFC 7519) with the claims <c>sub</c>, <c>wids</c>, <c>iat</c> and
/// <c>exp</c> (SPEC §6). Hand-written (HMAC-SHA256 + base64url) so the daemon, the SDK and the MCP server share one
/// strict reader: only the exact header this codec writes is accepted (no <c>alg</c> confusion), segments must be
/// unpadded base64url, and signatures are compared in constant time.
/// </summary>
public static class SessionTokenCodec
{
    /// <summary>What every session token starts with.</summary>
    public const string Prefix = "wai_sess_";

    /// <summary>Longest token accepted (bytes of text); anything longer is refused before parsing.</summary>
    public const int MaxTokenLength = 4096;

    /// <summary>Latest <c>exp</c> accepted: 9999-12-31T23:59:59Z (pitfall C-03: out-of-range expiries are refused).</summary>
    public const long MaxExpiresAt = 253_402_300_799;

    private const int SignatureLength = 32;
    private static readonly string EncodedHeader = Base64Url.EncodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"u8);

    /// <summary>Signs <paramref name="claims"/> with <paramref name="secret"/> and returns the token.</summary>
    public static string Issue(SessionTokenClaims claims, ReadOnlySpan<byte> secret)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentException.ThrowIfNullOrEmpty(claims.SessionId);
        var signingInput = EncodedHeader + "." + Base64Url.EncodeToString(Payload(claims));
        var signature = Sign(signingInput, secret);
        return Prefix + signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>Signs <paramref name="claims"/> with a secret held in guarded memory.</summary>
    public static string Issue(SessionTokenClaims claims, GuardedBuffer secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret.Read(bytes => Issue(claims, bytes));
    }

    /// <summary>
    /// Reads a token's claims WITHOUT checking its signature (for clients such as the MCP SessionManager, which do not
    /// hold the secret): checks the prefix, the three segments, the header, and that <c>sub</c>, <c>wids</c>,
    /// <c>iat</c> and <c>exp</c> are present and in range. Never use the result to authorize anything.
    /// </summary>
    public static Result<SessionTokenClaims> DecodeUntrusted(string? token) => Parse(token, out _, out _);

    /// <summary>
    /// Verifies a token: structure, an HMAC-SHA256 signature by one of <paramref name="secrets"/> (the current secret
    /// and, during a rotation window, the previous one), then <c>exp</c> against <paramref name="nowUnixSeconds"/>.
    /// </summary>
    /// <returns>The claims, or <see cref="ErrorCodes.InvalidSessionToken"/> / <see cref="ErrorCodes.SessionExpired"/>.</returns>
    public static Result<SessionTokenClaims> Verify(string? token, IReadOnlyList<GuardedBuffer> secrets, long nowUnixSeconds)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var parsed = Parse(token, out var signingInput, out var signature);
        if (!parsed.Succeeded)
        {
            return parsed;
        }

        var input = signingInput!;
        var presented = signature;
        var valid = false;
        foreach (var secret in secrets)
        {
            // Every secret is tried (no early exit) so the time taken does not tell which one matched.
            valid |= secret.Read(bytes => CryptographicOperations.FixedTimeEquals(Sign(input, bytes), presented));
        }

        if (!valid)
        {
            return new Failure(ErrorCodes.InvalidSessionToken, "the token's signature is not valid.");
        }

        return nowUnixSeconds >= parsed.Value!.ExpiresAt
            ? new Failure(ErrorCodes.SessionExpired, "the session token has expired.")
            : parsed;
    }

    /// <summary>The value stored for a token: lower-case hex SHA-256 of its UTF-8 text (the token itself is never stored).</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    private static byte[] Sign(string signingInput, ReadOnlySpan<byte> secret) =>
        HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));

    private static byte[] Payload(SessionTokenClaims claims)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("sub", claims.SessionId);
            writer.WriteStartArray("wids");
            foreach (var id in claims.WalletIds)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteNumber("iat", claims.IssuedAt);
            writer.WriteNumber("exp", claims.ExpiresAt);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static Result<SessionTokenClaims> Parse(string? token, out string? signingInput, out byte[] signature)
    {
        signingInput = null;
        signature = [];
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return Malformed("it must start with wai_sess_");
        }

        var parts = token[Prefix.Length..].Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(IsBase64UrlChar)))
        {
            return Malformed("expected three base64url segments");
        }

        if (!string.Equals(parts[0], EncodedHeader, StringComparison.Ordinal))
        {
            return Malformed("unsupported header (only HS256 JWTs are issued)");
        }

        signature = TryDecode(parts[2]) ?? [];
        if (signature.Length != SignatureLength)
        {
            return Malformed("the signature segment is not an HMAC-SHA256 value");
        }

        var claims = TryDecode(parts[1]) is { } payload ? ReadClaims(payload) : null;
        if (claims is null)
        {
            return Malformed("the payload must hold sub, wids, iat and exp in range");
        }

        signingInput = parts[0] + "." + parts[1];
        return claims;
    }

    private static SessionTokenClaims? ReadClaims(byte[] payload)
    {
        // The JSON reader checks structure, not the UTF-8 inside strings (that fails later, on GetString).
        if (!System.Text.Unicode.Utf8.IsValid(payload))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("sub", out var sub) || sub.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("wids", out var wids) || wids.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("iat", out var iat) || iat.ValueKind != JsonValueKind.Number || !iat.TryGetInt64(out var issuedAt)
                || !root.TryGetProperty("exp", out var exp) || exp.ValueKind != JsonValueKind.Number || !exp.TryGetInt64(out var expiresAt))
            {
                return null;
            }

            var sessionId = sub.GetString()!;
            var walletIds = wids.EnumerateArray().Select(w => w.ValueKind == JsonValueKind.String ? w.GetString()! : string.Empty).ToImmutableArray();
            var inRange = sessionId.Length is > 0 and <= 128 && walletIds.Length > 0 && walletIds.All(w => w.Length is > 0 and <= 128)
                && issuedAt >= 0 && expiresAt > issuedAt && expiresAt <= MaxExpiresAt;
            return inRange ? new SessionTokenClaims(sessionId, walletIds, issuedAt, expiresAt) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? TryDecode(string segment)
    {
        // One leftover character cannot encode a byte; the decoder throws on it instead of answering false.
        if (segment.Length % 4 == 1)
        {
            return null;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(segment.Length)];
        try
        {
            // Canonical encodings only (no stray low bits in the last character), so one token has one spelling.
            return Base64Url.TryDecodeFromChars(segment, bytes, out var written) && Base64Url.EncodeToString(bytes.AsSpan(0, written)) == segment
                ? bytes[..written]
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static Failure Malformed(string reason) => new(ErrorCodes.InvalidSessionToken, "the session token is malformed: " + reason + ".");
}
