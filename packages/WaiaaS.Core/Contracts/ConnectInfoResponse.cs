namespace WaiaaS.Core.Contracts;

/// <summary>
/// <c>GET /v1/connect-info</c> (sessionAuth): everything an agent needs to orient itself in one call: its session,
/// the wallets it may use with their networks, the policies that judge its transactions, and a plain-language summary.
/// </summary>
/// <param name="Session">The caller's session (never with a token).</param>
/// <param name="Wallets">The wallets the session may use.</param>
/// <param name="Policies">The enabled policies that apply to those wallets (global ones and each wallet's own).</param>
/// <param name="TransactionTypes">The transaction types the session may send (after its constraints).</param>
/// <param name="DaemonVersion">The daemon's version.</param>
/// <param name="Prompt">A short English summary an AI agent can read as its instructions for this wallet daemon.</param>
public sealed record ConnectInfoResponse(
    SessionResponse Session,
    IReadOnlyList<ConnectInfoWalletResponse> Wallets,
    IReadOnlyList<PolicyResponse> Policies,
    IReadOnlyList<string> TransactionTypes,
    string DaemonVersion,
    string Prompt);
