namespace WaiaaS.Mcp.Tools;

/// <summary>The token of a token transfer or approval, as a tool argument.</summary>
/// <param name="Address">Token mint (SPL) or contract address (ERC-20).</param>
/// <param name="Decimals">Token decimals (e.g. 6 for USDC); needed with <c>human_amount</c> unless the operator registered the token.</param>
public sealed record TokenArgument(string Address, int? Decimals = null);
