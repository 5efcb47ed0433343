namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>
/// A compiled Solana message: what the signers sign. Account keys are ordered writable signers, read-only signers,
/// writable non-signers, read-only non-signers; the first key pays the fee.
/// </summary>
/// <param name="Version">Legacy or v0.</param>
/// <param name="Header">The role counts.</param>
/// <param name="AccountKeys">The static account keys.</param>
/// <param name="RecentBlockhash">The base58 blockhash that dates the message.</param>
/// <param name="Instructions">The compiled instructions.</param>
/// <param name="AddressTableLookups">v0 only: lookup-table references (empty for messages built here).</param>
public sealed record SolanaMessage(
    MessageVersion Version,
    MessageHeader Header,
    IReadOnlyList<SolanaAddress> AccountKeys,
    string RecentBlockhash,
    IReadOnlyList<CompiledInstruction> Instructions,
    IReadOnlyList<AddressTableLookup> AddressTableLookups)
{
    /// <summary>The fee payer (first key).</summary>
    public SolanaAddress FeePayer => AccountKeys[0];

    /// <summary>Whether the key at <paramref name="index"/> must sign.</summary>
    public bool IsSigner(int index) => index < Header.RequiredSignatures;

    /// <summary>Whether the key at <paramref name="index"/> is writable.</summary>
    public bool IsWritable(int index)
    {
        if (index < Header.RequiredSignatures)
        {
            return index < Header.RequiredSignatures - Header.ReadOnlySignedAccounts;
        }

        return index < AccountKeys.Count - Header.ReadOnlyUnsignedAccounts;
    }

    /// <summary>The wire bytes (the signing payload).</summary>
    public byte[] Serialize() => MessageSerializer.Serialize(this);

    /// <summary>Decodes a message; throws <see cref="FormatException"/> if malformed or if bytes remain.</summary>
    public static SolanaMessage Deserialize(ReadOnlySpan<byte> data)
    {
        var offset = 0;
        var message = MessageSerializer.Read(data, ref offset);
        return offset == data.Length ? message : throw new FormatException("Trailing bytes after the message.");
    }
}
