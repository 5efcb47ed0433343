using System.Numerics;
using System.Text.Json.Nodes;

namespace WaiaaS.Adapters.Solana.Rpc;

/// <summary>A blockhash and the last block height at which transactions using it can land.</summary>
public sealed record SolanaBlockhash(string Blockhash, ulong LastValidBlockHeight);

/// <summary>An account as <c>getAccountInfo</c> returns it (base64 data decoded).</summary>
public sealed record SolanaAccountInfo(ulong Lamports, string Owner, ReadOnlyMemory<byte> Data, bool Executable);

/// <summary>A token account from <c>getTokenAccountsByOwner</c> (jsonParsed).</summary>
public sealed record SolanaTokenAccount(string Address, string Mint, string Owner, BigInteger Amount, int Decimals, string TokenProgram);

/// <summary>The outcome of <c>simulateTransaction</c>; <paramref name="Error"/> is the RPC's <c>err</c> value, null on success.</summary>
public sealed record SolanaSimulation(JsonNode? Error, IReadOnlyList<string> Logs, ulong? UnitsConsumed);

/// <summary>One entry of <c>getSignatureStatuses</c>; <paramref name="Error"/> is the RPC's <c>err</c> value.</summary>
public sealed record SolanaSignatureStatus(ulong Slot, JsonNode? Error, string? ConfirmationStatus);
