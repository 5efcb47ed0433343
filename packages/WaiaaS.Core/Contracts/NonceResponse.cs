namespace WaiaaS.Core.Contracts;

/// <summary>A single-use nonce for an owner signature (<c>GET /v1/nonce</c>).</summary>
/// <param name="Nonce">32 lower-case hex digits; write it into the message's <c>Nonce:</c> line.</param>
/// <param name="ExpiresAt">When the nonce stops being accepted (Unix seconds).</param>
public sealed record NonceResponse(string Nonce, long ExpiresAt);
