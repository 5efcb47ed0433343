namespace WaiaaS.Core.Contracts;

/// <summary>The <c>token</c> of a send request: <c>{address, decimals?}</c>.</summary>
/// <param name="Address">The token contract address or SPL mint.</param>
/// <param name="Decimals">The token's decimals (0–36), needed with <c>humanAmount</c> for a token the registry does not know.</param>
public sealed record TokenReferenceRequest(string Address, int? Decimals = null);
