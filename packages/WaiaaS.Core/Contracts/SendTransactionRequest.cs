namespace WaiaaS.Core.Contracts;

/// <summary>
/// Body of <c>POST /v1/transactions/send</c> and <c>/simulate</c> (SPEC §9, §16). The daemon reads it strictly
/// (<c>SendCommandParser</c>): amounts are strings, unknown fields are refused; absent fields are left out.
/// </summary>
/// <param name="Type"><c>TRANSFER</c>, <c>TOKEN_TRANSFER</c>, <c>CONTRACT_CALL</c> or <c>APPROVE</c>.</param>
/// <param name="To">Recipient or contract (for <c>APPROVE</c> the spender, unless <paramref name="Spender"/> is given).</param>
/// <param name="Amount">Base units as a decimal string; or give <paramref name="HumanAmount"/>.</param>
/// <param name="HumanAmount">The amount in human units (e.g. <c>"0.5"</c>).</param>
/// <param name="Network">The network id; the wallet's default when absent.</param>
/// <param name="WalletId">Which of the session's wallets signs; needed when the session has several.</param>
/// <param name="Token">The token for <c>TOKEN_TRANSFER</c> and <c>APPROVE</c>.</param>
/// <param name="Spender">The spender for <c>APPROVE</c>.</param>
/// <param name="Value">Native value (base units) sent with a <c>CONTRACT_CALL</c>.</param>
/// <param name="Calldata">EVM <c>CONTRACT_CALL</c> data, <c>0x</c>-prefixed hex.</param>
/// <param name="InstructionData">Solana <c>CONTRACT_CALL</c> instruction data, base64.</param>
/// <param name="Accounts">Solana <c>CONTRACT_CALL</c> accounts.</param>
/// <param name="Memo">A memo (at most 256 characters).</param>
public sealed record SendTransactionRequest(
    string Type,
    string? To = null,
    string? Amount = null,
    string? HumanAmount = null,
    string? Network = null,
    string? WalletId = null,
    TokenReferenceRequest? Token = null,
    string? Spender = null,
    string? Value = null,
    string? Calldata = null,
    string? InstructionData = null,
    IReadOnlyList<ContractAccountRequest>? Accounts = null,
    string? Memo = null);
