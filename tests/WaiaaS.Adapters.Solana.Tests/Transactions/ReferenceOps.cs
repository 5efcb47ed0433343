using System.Text.Json.Nodes;
using WaiaaS.Adapters.Solana.Programs;
using WaiaaS.Adapters.Solana.Transactions;

namespace WaiaaS.Adapters.Solana.Tests.Transactions;

/// <summary>
/// One description of an instruction, built here with the adapter's builders and in tests/node/solana/reference.mjs
/// with @solana/web3.js / @solana/spl-token, so the two can be compared byte for byte.
/// </summary>
internal static class ReferenceOps
{
    public static JsonObject Transfer(SolanaAddress from, SolanaAddress to, ulong lamports) =>
        new() { ["op"] = "transfer", ["from"] = from.ToString(), ["to"] = to.ToString(), ["lamports"] = lamports.ToString() };

    public static JsonObject TransferChecked(SolanaAddress source, SolanaAddress mint, SolanaAddress destination, SolanaAddress owner, ulong amount, byte decimals, SolanaAddress program) =>
        new()
        {
            ["op"] = "transferChecked",
            ["source"] = source.ToString(),
            ["mint"] = mint.ToString(),
            ["destination"] = destination.ToString(),
            ["owner"] = owner.ToString(),
            ["amount"] = amount.ToString(),
            ["decimals"] = decimals,
            ["programId"] = program.ToString(),
        };

    public static JsonObject ApproveChecked(SolanaAddress source, SolanaAddress mint, SolanaAddress @delegate, SolanaAddress owner, ulong amount, byte decimals, SolanaAddress program) =>
        new()
        {
            ["op"] = "approveChecked",
            ["source"] = source.ToString(),
            ["mint"] = mint.ToString(),
            ["delegate"] = @delegate.ToString(),
            ["owner"] = owner.ToString(),
            ["amount"] = amount.ToString(),
            ["decimals"] = decimals,
            ["programId"] = program.ToString(),
        };

    public static JsonObject CreateAta(SolanaAddress payer, SolanaAddress owner, SolanaAddress mint, SolanaAddress program) =>
        new() { ["op"] = "createAtaIdempotent", ["payer"] = payer.ToString(), ["owner"] = owner.ToString(), ["mint"] = mint.ToString(), ["programId"] = program.ToString() };

    public static JsonObject CreateAccount(SolanaAddress payer, SolanaAddress account, ulong lamports, ulong space, SolanaAddress owner) =>
        new()
        {
            ["op"] = "createAccount",
            ["payer"] = payer.ToString(),
            ["newAccount"] = account.ToString(),
            ["lamports"] = lamports.ToString(),
            ["space"] = space.ToString(),
            ["owner"] = owner.ToString(),
        };

    public static JsonObject InitializeMint2(SolanaAddress mint, byte decimals, SolanaAddress authority, SolanaAddress? freeze, SolanaAddress program) =>
        new()
        {
            ["op"] = "initializeMint2",
            ["mint"] = mint.ToString(),
            ["decimals"] = decimals,
            ["mintAuthority"] = authority.ToString(),
            ["freezeAuthority"] = freeze?.ToString(),
            ["programId"] = program.ToString(),
        };

    public static JsonObject MintTo(SolanaAddress mint, SolanaAddress destination, SolanaAddress authority, ulong amount, SolanaAddress program) =>
        new()
        {
            ["op"] = "mintTo",
            ["mint"] = mint.ToString(),
            ["destination"] = destination.ToString(),
            ["authority"] = authority.ToString(),
            ["amount"] = amount.ToString(),
            ["programId"] = program.ToString(),
        };

    public static JsonObject UnitLimit(uint units) => new() { ["op"] = "computeUnitLimit", ["units"] = units };

    public static JsonObject UnitPrice(ulong microLamports) => new() { ["op"] = "computeUnitPrice", ["microLamports"] = microLamports.ToString() };

    public static JsonObject Memo(string text, params SolanaAddress[] signers) =>
        new() { ["op"] = "memo", ["text"] = text, ["signers"] = new JsonArray([.. signers.Select(s => (JsonNode)s.ToString())]) };

    /// <summary>The same instruction through the adapter's builders.</summary>
    public static SolanaInstruction Build(JsonObject op)
    {
        SolanaAddress A(string name) => SolanaAddress.Parse(op[name]!.GetValue<string>());
        ulong U(string name) => ulong.Parse(op[name]!.GetValue<string>());
        byte Decimals() => op["decimals"]!.GetValue<byte>();
        return op["op"]!.GetValue<string>() switch
        {
            "transfer" => SystemProgram.Transfer(A("from"), A("to"), U("lamports")),
            "transferChecked" => TokenProgram.TransferChecked(A("source"), A("mint"), A("destination"), A("owner"), U("amount"), Decimals(), A("programId")),
            "approveChecked" => TokenProgram.ApproveChecked(A("source"), A("mint"), A("delegate"), A("owner"), U("amount"), Decimals(), A("programId")),
            "createAtaIdempotent" => AssociatedTokenAccountProgram.CreateIdempotent(A("payer"), A("owner"), A("mint"), A("programId")),
            "createAccount" => SystemProgram.CreateAccount(A("payer"), A("newAccount"), U("lamports"), U("space"), A("owner")),
            "initializeMint2" => TokenProgram.InitializeMint2(
                A("mint"), Decimals(), A("mintAuthority"), op["freezeAuthority"] is null ? null : A("freezeAuthority"), A("programId")),
            "mintTo" => TokenProgram.MintTo(A("mint"), A("destination"), A("authority"), U("amount"), A("programId")),
            "computeUnitLimit" => ComputeBudgetProgram.SetComputeUnitLimit(op["units"]!.GetValue<uint>()),
            "computeUnitPrice" => ComputeBudgetProgram.SetComputeUnitPrice(U("microLamports")),
            "memo" => MemoProgram.Memo(op["text"]!.GetValue<string>(), [.. op["signers"]!.AsArray().Select(s => SolanaAddress.Parse(s!.GetValue<string>()))]),
            var other => throw new ArgumentException("unknown op " + other),
        };
    }
}
