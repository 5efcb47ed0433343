using System.ComponentModel;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Mcp.Tools;

/// <summary>
/// The tools that move funds or read transactions. Every send passes the daemon's policy engine: the answer's
/// <c>status</c>/<c>tier</c> say whether it runs at once, is held (QUEUED: DELAY or owner APPROVAL) or was denied.
/// </summary>
[McpServerToolType]
internal sealed class TransactionTools(ToolRunner runner)
{
    private const string WalletIdHelp = "Wallet id; needed only when the session holds several wallets (see connect_info).";
    private const string NetworkHelp = "Network id; default: the wallet's default network.";
    private const string AmountHelp = "Amount in base units as a decimal string (lamports, wei, token base units).";
    private const string HumanAmountHelp = "Amount in human units as a decimal string (e.g. \"0.5\"); use instead of amount.";
    private const string KeyHelp = "Idempotency key: repeating a call with the same key and arguments returns the first answer instead of sending twice. Default: a fresh key per call.";

    [McpServerTool(Name = "send_token", Destructive = true, OpenWorld = true)]
    [Description("Send the native coin (SOL, ETH) or, with type TOKEN_TRANSFER and token, a token. Returns the transaction id, status and policy tier; QUEUED means held for a delay or the owner's approval, check it later with get_transaction.")]
    public Task<CallToolResult> SendToken(
        [Description("Recipient address.")] string to,
        [Description(AmountHelp)] string? amount = null,
        [Description(HumanAmountHelp)] string? human_amount = null,
        [Description("TRANSFER (native, default) or TOKEN_TRANSFER.")] string? type = null,
        [Description("The token, for TOKEN_TRANSFER.")] TokenArgument? token = null,
        [Description(NetworkHelp)] string? network = null,
        [Description("Optional memo.")] string? memo = null,
        [Description(WalletIdHelp)] string? wallet_id = null,
        [Description(KeyHelp)] string? idempotency_key = null,
        CancellationToken cancellationToken = default)
    {
        var request = new SendTransactionRequest(type ?? (token is null ? "TRANSFER" : "TOKEN_TRANSFER"), to, amount, human_amount, network, wallet_id, Token(token), Memo: memo);
        return SendAsync("send_token", request, idempotency_key, cancellationToken);
    }

    [McpServerTool(Name = "call_contract", Destructive = true, OpenWorld = true)]
    [Description("Call a contract (EVM: calldata hex, optional value in wei) or a Solana program (to = program id, instruction_data base64, accounts). Usually needs the owner's CONTRACT_WHITELIST policy.")]
    public Task<CallToolResult> CallContract(
        [Description("Contract address (EVM) or program id (Solana).")] string to,
        [Description("Hex calldata, 0x-prefixed (EVM).")] string? calldata = null,
        [Description("Native value to send along, in base units (EVM).")] string? value = null,
        [Description("Base64 instruction data (Solana).")] string? instruction_data = null,
        [Description("Accounts of the instruction (Solana).")] AccountArgument[]? accounts = null,
        [Description(NetworkHelp)] string? network = null,
        [Description(WalletIdHelp)] string? wallet_id = null,
        [Description(KeyHelp)] string? idempotency_key = null,
        CancellationToken cancellationToken = default)
    {
        var request = new SendTransactionRequest("CONTRACT_CALL", to, Network: network, WalletId: wallet_id, Value: value, Calldata: calldata, InstructionData: instruction_data, Accounts: Accounts(accounts));
        return SendAsync("call_contract", request, idempotency_key, cancellationToken);
    }

    [McpServerTool(Name = "approve_token", Destructive = true, OpenWorld = true)]
    [Description("Allow a spender to move up to an amount of the wallet's token (ERC-20 approve, SPL delegate). Unlimited approvals are refused unless the owner's policy allows them.")]
    public Task<CallToolResult> ApproveToken(
        [Description("The token.")] TokenArgument token,
        [Description("The spender's address.")] string spender,
        [Description(AmountHelp)] string? amount = null,
        [Description(HumanAmountHelp)] string? human_amount = null,
        [Description(NetworkHelp)] string? network = null,
        [Description(WalletIdHelp)] string? wallet_id = null,
        [Description(KeyHelp)] string? idempotency_key = null,
        CancellationToken cancellationToken = default)
    {
        var request = new SendTransactionRequest("APPROVE", Amount: amount, HumanAmount: human_amount, Network: network, WalletId: wallet_id, Token: Token(token), Spender: spender);
        return SendAsync("approve_token", request, idempotency_key, cancellationToken);
    }

    [McpServerTool(Name = "simulate_transaction", ReadOnly = true, OpenWorld = true)]
    [Description("Dry run of a transaction: the policy tier it would get (or why it would be denied) and the chain's fee estimate. Nothing is stored or sent.")]
    public Task<CallToolResult> SimulateTransaction(
        [Description("TRANSFER, TOKEN_TRANSFER, CONTRACT_CALL or APPROVE.")] string type,
        [Description("Recipient, contract or program.")] string? to = null,
        [Description(AmountHelp)] string? amount = null,
        [Description(HumanAmountHelp)] string? human_amount = null,
        [Description("The token (TOKEN_TRANSFER, APPROVE).")] TokenArgument? token = null,
        [Description("The spender (APPROVE).")] string? spender = null,
        [Description("Hex calldata (EVM CONTRACT_CALL).")] string? calldata = null,
        [Description("Native value in base units (CONTRACT_CALL).")] string? value = null,
        [Description("Base64 instruction data (Solana CONTRACT_CALL).")] string? instruction_data = null,
        [Description("Accounts (Solana CONTRACT_CALL).")] AccountArgument[]? accounts = null,
        [Description(NetworkHelp)] string? network = null,
        [Description(WalletIdHelp)] string? wallet_id = null,
        CancellationToken cancellationToken = default)
    {
        var request = new SendTransactionRequest(type, to, amount, human_amount, network, wallet_id, Token(token), spender, value, calldata, instruction_data, Accounts(accounts));
        return runner.RunAsync("simulate_transaction", (client, ct) => client.SimulateTransactionAsync(request, cancellationToken: ct), cancellationToken);
    }

    [McpServerTool(Name = "get_transaction", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("One transaction: status (PENDING, QUEUED, EXECUTING, SUBMITTED, CONFIRMED, FAILED, CANCELLED, EXPIRED), tier, chain hash, error.")]
    public Task<CallToolResult> GetTransaction([Description("The transaction id send_token returned.")] string transaction_id, CancellationToken cancellationToken = default) =>
        runner.RunAsync("get_transaction", (client, ct) => client.GetTransactionAsync(transaction_id, ct), cancellationToken);

    [McpServerTool(Name = "list_transactions", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("The session's transactions, newest first, one page at a time (pass the returned cursor for the next page).")]
    public Task<CallToolResult> ListTransactions(
        [Description(WalletIdHelp)] string? wallet_id = null,
        [Description("Only this status (e.g. QUEUED).")] string? status = null,
        [Description("The cursor of the previous page.")] string? cursor = null,
        [Description("Page size (1–100, default 20).")] int? limit = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync("list_transactions", (client, ct) => client.ListTransactionsAsync(wallet_id, status, cursor, limit, ct), cancellationToken);

    private Task<CallToolResult> SendAsync(string tool, SendTransactionRequest request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        // A key per call makes the SDK's retry after a lost answer safe: the daemon returns the first result, never a second transaction.
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? "mcp-" + Guid.NewGuid().ToString("N") : idempotencyKey;
        return runner.RunAsync(tool, (client, ct) => client.SendTransactionAsync(request, key, ct), cancellationToken);
    }

    private static TokenReferenceRequest? Token(TokenArgument? token) => token is null ? null : new(token.Address, token.Decimals);

    private static ContractAccountRequest[]? Accounts(AccountArgument[]? accounts) =>
        accounts?.Select(a => new ContractAccountRequest(a.Address, a.IsSigner, a.IsWritable)).ToArray();
}
