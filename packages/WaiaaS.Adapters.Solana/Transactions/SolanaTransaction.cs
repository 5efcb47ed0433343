using System.Buffers;
using WaiaaS.Adapters.Solana.Codecs;

namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>A transaction on the wire: a short-vec of 64-byte signatures followed by the message bytes.</summary>
/// <param name="Signatures">One per required signer, in key order; all-zero for a missing signature.</param>
/// <param name="MessageBytes">The serialized message.</param>
public sealed record SolanaTransaction(IReadOnlyList<ReadOnlyMemory<byte>> Signatures, ReadOnlyMemory<byte> MessageBytes)
{
    /// <summary>The length of a signature.</summary>
    public const int SignatureLength = 64;

    /// <summary>The decoded message.</summary>
    public SolanaMessage Message => SolanaMessage.Deserialize(MessageBytes.Span);

    /// <summary>Whether every signature slot holds a non-zero signature.</summary>
    public bool IsSigned => Signatures.Count > 0 && Signatures.All(s => s.Span.ContainsAnyExcept((byte)0));

    /// <summary>The transaction id: base58 of the first signature.</summary>
    public string Id => Base58.Encode(Signatures[0].Span);

    /// <summary>An unsigned transaction for <paramref name="message"/> (zeroed signature slots).</summary>
    public static SolanaTransaction WithEmptySignatures(SolanaMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var slots = Enumerable.Range(0, message.Header.RequiredSignatures)
            .Select(_ => (ReadOnlyMemory<byte>)new byte[SignatureLength])
            .ToList();
        return new SolanaTransaction(slots, message.Serialize());
    }

    /// <summary>The wire bytes.</summary>
    public byte[] Serialize()
    {
        var writer = new ArrayBufferWriter<byte>(MessageBytes.Length + 1 + (Signatures.Count * SignatureLength));
        ShortVec.Write(writer, Signatures.Count);
        foreach (var signature in Signatures)
        {
            if (signature.Length != SignatureLength)
            {
                throw new InvalidOperationException($"A signature is {SignatureLength} bytes.");
            }

            writer.Write(signature.Span);
        }

        writer.Write(MessageBytes.Span);
        return writer.WrittenSpan.ToArray();
    }

    /// <summary>Decodes wire bytes; throws <see cref="FormatException"/> when malformed.</summary>
    public static SolanaTransaction Deserialize(ReadOnlySpan<byte> raw)
    {
        var offset = 0;
        if (!ShortVec.TryRead(raw, ref offset, out var count) || count == 0)
        {
            throw new FormatException("Malformed signature count.");
        }

        if ((long)count * SignatureLength > raw.Length - offset)
        {
            throw new FormatException("The transaction is truncated.");
        }

        var signatures = new List<ReadOnlyMemory<byte>>(count);
        for (var i = 0; i < count; i++)
        {
            signatures.Add(raw.Slice(offset, SignatureLength).ToArray());
            offset += SignatureLength;
        }

        var messageBytes = raw[offset..].ToArray();
        var message = SolanaMessage.Deserialize(messageBytes);
        if (message.Header.RequiredSignatures != count)
        {
            throw new FormatException("The signature count does not match the message header.");
        }

        return new SolanaTransaction(signatures, messageBytes);
    }
}
