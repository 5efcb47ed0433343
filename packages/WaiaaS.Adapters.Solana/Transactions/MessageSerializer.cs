using System.Buffers;
using WaiaaS.Adapters.Solana.Codecs;

namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>The wire format of legacy and v0 messages.</summary>
internal static class MessageSerializer
{
    private const byte VersionPrefixMask = 0x80;

    public static byte[] Serialize(SolanaMessage message)
    {
        var writer = new ArrayBufferWriter<byte>(256);
        if (message.Version == MessageVersion.V0)
        {
            Put(writer, VersionPrefixMask);
        }

        Put(writer, message.Header.RequiredSignatures);
        Put(writer, message.Header.ReadOnlySignedAccounts);
        Put(writer, message.Header.ReadOnlyUnsignedAccounts);
        ShortVec.Write(writer, message.AccountKeys.Count);
        foreach (var key in message.AccountKeys)
        {
            writer.Write(key.Bytes);
        }

        var blockhash = Base58.Decode(message.RecentBlockhash);
        if (blockhash.Length != 32)
        {
            throw new ArgumentException("A blockhash is 32 bytes.", nameof(message));
        }

        writer.Write(blockhash);
        ShortVec.Write(writer, message.Instructions.Count);
        foreach (var instruction in message.Instructions)
        {
            Put(writer, instruction.ProgramIdIndex);
            WriteBytes(writer, [.. instruction.AccountIndexes]);
            WriteBytes(writer, instruction.Data.Span);
        }

        if (message.Version == MessageVersion.V0)
        {
            ShortVec.Write(writer, message.AddressTableLookups.Count);
            foreach (var lookup in message.AddressTableLookups)
            {
                writer.Write(lookup.TableAddress.Bytes);
                WriteBytes(writer, [.. lookup.WritableIndexes]);
                WriteBytes(writer, [.. lookup.ReadOnlyIndexes]);
            }
        }

        return writer.WrittenSpan.ToArray();
    }

    public static SolanaMessage Read(ReadOnlySpan<byte> data, ref int offset)
    {
        var version = MessageVersion.Legacy;
        var first = Byte(data, ref offset);
        if ((first & VersionPrefixMask) != 0)
        {
            if ((first & 0x7f) != 0)
            {
                throw new FormatException($"Unsupported message version {first & 0x7f}.");
            }

            version = MessageVersion.V0;
            first = Byte(data, ref offset);
        }

        var header = new MessageHeader(first, Byte(data, ref offset), Byte(data, ref offset));
        var keyCount = Length(data, ref offset);
        var keys = new SolanaAddress[keyCount];
        for (var i = 0; i < keyCount; i++)
        {
            keys[i] = new SolanaAddress(Take(data, ref offset, 32));
        }

        if (keyCount == 0 || header.RequiredSignatures == 0 || header.RequiredSignatures > keyCount
            || header.ReadOnlySignedAccounts >= header.RequiredSignatures
            || header.ReadOnlyUnsignedAccounts > keyCount - header.RequiredSignatures)
        {
            throw new FormatException("The message header does not fit its account keys.");
        }

        var blockhash = Base58.Encode(Take(data, ref offset, 32));
        var instructionCount = Length(data, ref offset);
        var instructions = new CompiledInstruction[instructionCount];
        for (var i = 0; i < instructionCount; i++)
        {
            var programIndex = Byte(data, ref offset);
            var accounts = Take(data, ref offset, Length(data, ref offset)).ToArray();
            var instructionData = Take(data, ref offset, Length(data, ref offset)).ToArray();
            instructions[i] = new CompiledInstruction(programIndex, accounts, instructionData);
        }

        var lookups = new List<AddressTableLookup>();
        if (version == MessageVersion.V0)
        {
            var lookupCount = Length(data, ref offset);
            for (var i = 0; i < lookupCount; i++)
            {
                var table = new SolanaAddress(Take(data, ref offset, 32));
                var writable = Take(data, ref offset, Length(data, ref offset)).ToArray();
                var readOnly = Take(data, ref offset, Length(data, ref offset)).ToArray();
                lookups.Add(new AddressTableLookup(table, writable, readOnly));
            }
        }

        return new SolanaMessage(version, header, keys, blockhash, instructions, lookups);
    }

    private static void Put(ArrayBufferWriter<byte> writer, byte value) => writer.Write([value]);

    private static void WriteBytes(ArrayBufferWriter<byte> writer, ReadOnlySpan<byte> bytes)
    {
        ShortVec.Write(writer, bytes.Length);
        writer.Write(bytes);
    }

    private static byte Byte(ReadOnlySpan<byte> data, ref int offset) => Take(data, ref offset, 1)[0];

    private static int Length(ReadOnlySpan<byte> data, ref int offset) =>
        ShortVec.TryRead(data, ref offset, out var value) ? value : throw new FormatException("Malformed short-vec length.");

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> data, ref int offset, int count)
    {
        if (count > data.Length - offset)
        {
            throw new FormatException("The message is truncated.");
        }

        var slice = data.Slice(offset, count);
        offset += count;
        return slice;
    }
}
