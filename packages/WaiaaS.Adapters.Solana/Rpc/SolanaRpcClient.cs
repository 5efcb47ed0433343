using System.Numerics;
using System.Text.Json.Nodes;
using WaiaaS.Core.Chains.Adapters;

namespace WaiaaS.Adapters.Solana.Rpc;

/// <summary>
/// The Solana JSON-RPC methods the adapter uses, over an injected <see cref="HttpClient"/>. Every failure is a
/// <see cref="ChainException"/>: transient ones are retried (see <see cref="SolanaRpcOptions"/>), malformed replies
/// are <see cref="ChainErrorCodes.RpcInvalidResponse"/>.
/// </summary>
public sealed class SolanaRpcClient
{
    private readonly SolanaRpcTransport _transport;
    private readonly SolanaRpcOptions _options;

    /// <summary>Creates a client for <paramref name="endpoint"/>.</summary>
    public SolanaRpcClient(HttpClient httpClient, Uri endpoint, SolanaRpcOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(endpoint);
        _options = options ?? SolanaRpcOptions.Default;
        _transport = new SolanaRpcTransport(httpClient, endpoint, _options, timeProvider ?? TimeProvider.System);
    }

    /// <summary>Calls any method and returns its raw <c>result</c>.</summary>
    public Task<JsonNode?> CallAsync(string method, JsonArray parameters, CancellationToken cancellationToken) =>
        _transport.CallAsync(method, parameters, cancellationToken);

    /// <summary><c>getLatestBlockhash</c>.</summary>
    public async Task<SolanaBlockhash> GetLatestBlockhashAsync(CancellationToken cancellationToken)
    {
        const string method = "getLatestBlockhash";
        var value = Value(method, await CallAsync(method, [Commitment()], cancellationToken).ConfigureAwait(false));
        return new SolanaBlockhash(Text(method, value?["blockhash"]), U64(method, value?["lastValidBlockHeight"]));
    }

    /// <summary><c>isBlockhashValid</c>.</summary>
    public async Task<bool> IsBlockhashValidAsync(string blockhash, CancellationToken cancellationToken)
    {
        const string method = "isBlockhashValid";
        var value = Value(method, await CallAsync(method, [blockhash, Commitment()], cancellationToken).ConfigureAwait(false));
        return value is JsonValue v && v.TryGetValue<bool>(out var valid) ? valid : throw SolanaRpcTransport.Invalid(method, "value is not a boolean");
    }

    /// <summary><c>getBalance</c> in lamports.</summary>
    public async Task<ulong> GetBalanceAsync(string address, CancellationToken cancellationToken)
    {
        const string method = "getBalance";
        return U64(method, Value(method, await CallAsync(method, [address, Commitment()], cancellationToken).ConfigureAwait(false)));
    }

    /// <summary><c>getAccountInfo</c> (base64); null when the account does not exist.</summary>
    public async Task<SolanaAccountInfo?> GetAccountInfoAsync(string address, CancellationToken cancellationToken)
    {
        const string method = "getAccountInfo";
        var config = Commitment();
        config["encoding"] = "base64";
        var value = Value(method, await CallAsync(method, [address, config], cancellationToken).ConfigureAwait(false));
        if (value is null)
        {
            return null;
        }

        var data = value["data"] is JsonArray { Count: 2 } pair ? Text(method, pair[0]) : throw SolanaRpcTransport.Invalid(method, "data is not [base64, encoding]");
        return new SolanaAccountInfo(U64(method, value["lamports"]), Text(method, value["owner"]), Base64(method, data), value["executable"]?.GetValue<bool>() ?? false);
    }

    /// <summary><c>getTokenAccountsByOwner</c> for one token program (jsonParsed).</summary>
    public async Task<IReadOnlyList<SolanaTokenAccount>> GetTokenAccountsByOwnerAsync(string owner, string tokenProgram, CancellationToken cancellationToken)
    {
        const string method = "getTokenAccountsByOwner";
        var config = Commitment();
        config["encoding"] = "jsonParsed";
        var value = Value(method, await CallAsync(method, [owner, new JsonObject { ["programId"] = tokenProgram }, config], cancellationToken).ConfigureAwait(false));
        if (value is not JsonArray accounts)
        {
            throw SolanaRpcTransport.Invalid(method, "value is not an array");
        }

        var result = new List<SolanaTokenAccount>(accounts.Count);
        foreach (var entry in accounts)
        {
            var info = entry?["account"]?["data"]?["parsed"]?["info"];
            var amount = info?["tokenAmount"];
            if (info is null || amount is null || !BigInteger.TryParse(Text(method, amount["amount"]), out var units))
            {
                throw SolanaRpcTransport.Invalid(method, "a token account is not in jsonParsed form");
            }

            result.Add(new SolanaTokenAccount(
                Text(method, entry!["pubkey"]), Text(method, info["mint"]), Text(method, info["owner"]), units, (int)U64(method, amount["decimals"]), tokenProgram));
        }

        return result;
    }

    /// <summary><c>getMinimumBalanceForRentExemption</c>.</summary>
    public async Task<ulong> GetMinimumBalanceForRentExemptionAsync(int size, CancellationToken cancellationToken)
    {
        const string method = "getMinimumBalanceForRentExemption";
        return U64(method, await CallAsync(method, [size, Commitment()], cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>getFeeForMessage</c>; null when the node no longer knows the message's blockhash.</summary>
    public async Task<ulong?> GetFeeForMessageAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        const string method = "getFeeForMessage";
        var value = Value(method, await CallAsync(method, [Convert.ToBase64String(message.Span), Commitment()], cancellationToken).ConfigureAwait(false));
        return value is null ? null : U64(method, value);
    }

    /// <summary><c>simulateTransaction</c> without signature checks, optionally on the latest blockhash.</summary>
    public async Task<SolanaSimulation> SimulateTransactionAsync(ReadOnlyMemory<byte> transaction, bool replaceRecentBlockhash, CancellationToken cancellationToken)
    {
        const string method = "simulateTransaction";
        var config = Commitment();
        config["encoding"] = "base64";
        config["sigVerify"] = false;
        config["replaceRecentBlockhash"] = replaceRecentBlockhash;
        var value = Value(method, await CallAsync(method, [Convert.ToBase64String(transaction.Span), config], cancellationToken).ConfigureAwait(false))
            ?? throw SolanaRpcTransport.Invalid(method, "value is null");
        var units = value["unitsConsumed"] is JsonValue u && u.TryGetValue<ulong>(out var n) ? n : (ulong?)null;
        return new SolanaSimulation(value["err"]?.DeepClone(), SolanaErrorClassifier.Logs(value["logs"]), units);
    }

    /// <summary><c>sendTransaction</c> (base64) and returns the signature the node reports.</summary>
    public async Task<string> SendTransactionAsync(ReadOnlyMemory<byte> transaction, CancellationToken cancellationToken)
    {
        const string method = "sendTransaction";
        var config = new JsonObject
        {
            ["encoding"] = "base64",
            ["skipPreflight"] = _options.SkipPreflight,
            ["preflightCommitment"] = _options.Commitment,
            ["maxRetries"] = 0,
        };
        return Text(method, await CallAsync(method, [Convert.ToBase64String(transaction.Span), config], cancellationToken).ConfigureAwait(false));
    }

    /// <summary><c>getSignatureStatuses</c>: one entry per signature, null when the node does not know it.</summary>
    public async Task<IReadOnlyList<SolanaSignatureStatus?>> GetSignatureStatusesAsync(IReadOnlyList<string> signatures, CancellationToken cancellationToken)
    {
        const string method = "getSignatureStatuses";
        var list = new JsonArray([.. signatures.Select(s => (JsonNode)s)]);
        var value = Value(method, await CallAsync(method, [list, new JsonObject { ["searchTransactionHistory"] = true }], cancellationToken).ConfigureAwait(false));
        if (value is not JsonArray statuses || statuses.Count != signatures.Count)
        {
            throw SolanaRpcTransport.Invalid(method, "value is not one entry per signature");
        }

        return [.. statuses.Select(s => s is null ? null : new SolanaSignatureStatus(
            U64(method, s["slot"]), s["err"]?.DeepClone(), s["confirmationStatus"]?.GetValue<string>()))];
    }

    /// <summary><c>requestAirdrop</c> (test validators and devnet only).</summary>
    public async Task<string> RequestAirdropAsync(string address, ulong lamports, CancellationToken cancellationToken)
    {
        const string method = "requestAirdrop";
        return Text(method, await CallAsync(method, [address, lamports], cancellationToken).ConfigureAwait(false));
    }

    private JsonObject Commitment() => new() { ["commitment"] = _options.Commitment };

    private static JsonNode? Value(string method, JsonNode? result) =>
        result is JsonObject { } wrapped && wrapped.ContainsKey("value") ? wrapped["value"] : throw SolanaRpcTransport.Invalid(method, "no context/value wrapper");

    private static string Text(string method, JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw SolanaRpcTransport.Invalid(method, "expected a string");

    private static ulong U64(string method, JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<ulong>(out var n) ? n : throw SolanaRpcTransport.Invalid(method, "expected an unsigned integer");

    private static byte[] Base64(string method, string text)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException e)
        {
            throw SolanaRpcTransport.Invalid(method, "account data is not base64", e);
        }
    }
}
