using System.Numerics;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Rlp;

namespace WaiaaS.Adapters.Evm.Transactions;

/// <summary>
/// Decodes raw transactions: signed or unsigned legacy (EIP-155 or pre-EIP-155) and EIP-1559. Malformed input throws
/// <see cref="FormatException"/>; a signed transaction's sender is recovered from its signature.
/// </summary>
public static class EvmTransactionDecoder
{
    /// <summary>Decodes <paramref name="raw"/>.</summary>
    public static DecodedEvmTransaction Decode(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
        {
            throw new FormatException("The transaction is empty.");
        }

        if (raw[0] >= 0xc0)
        {
            return DecodeLegacy(raw);
        }

        if (raw[0] == (byte)EvmTransactionType.Eip1559)
        {
            return DecodeEip1559(raw);
        }

        throw new FormatException($"Unsupported transaction type 0x{raw[0]:x2}.");
    }

    private static DecodedEvmTransaction DecodeLegacy(ReadOnlySpan<byte> raw)
    {
        var fields = RlpDecoder.Decode(raw).Items;
        if (fields.Count is not (6 or 9))
        {
            throw new FormatException($"A legacy transaction has 6 or 9 fields, not {fields.Count}.");
        }

        var transaction = new EvmTransaction
        {
            Type = EvmTransactionType.Legacy,
            ChainId = 0,
            Nonce = fields[0].AsUInt64(),
            GasPrice = fields[1].AsBigInteger(),
            GasLimit = fields[2].AsUInt64(),
            To = DecodeTo(fields[3]),
            Value = fields[4].AsBigInteger(),
            Data = fields[5].Bytes.ToArray(),
        };
        if (fields.Count == 6)
        {
            return new DecodedEvmTransaction(transaction, null, null, null);
        }

        var v = fields[6].AsBigInteger();
        var r = fields[7].AsBigInteger();
        var s = fields[8].AsBigInteger();
        if (r.IsZero && s.IsZero)
        {
            // The EIP-155 signing form: v holds the chain id.
            return new DecodedEvmTransaction(transaction with { ChainId = ToUInt64(v) }, null, null, null);
        }

        int recoveryId;
        if (v == 27 || v == 28)
        {
            recoveryId = (int)(v - 27);
        }
        else if (v >= 35)
        {
            recoveryId = (int)((v - 35) % 2);
            transaction = transaction with { ChainId = ToUInt64((v - 35) / 2) };
        }
        else
        {
            throw new FormatException("A legacy signature's v is neither 27/28 nor EIP-155.");
        }

        return Signed(transaction, r, s, recoveryId, raw);
    }

    private static DecodedEvmTransaction DecodeEip1559(ReadOnlySpan<byte> raw)
    {
        var fields = RlpDecoder.Decode(raw[1..]).Items;
        if (fields.Count is not (9 or 12))
        {
            throw new FormatException($"An EIP-1559 transaction has 9 or 12 fields, not {fields.Count}.");
        }

        var accessList = fields[8];
        _ = accessList.Items;
        var transaction = new EvmTransaction
        {
            Type = EvmTransactionType.Eip1559,
            ChainId = fields[0].AsUInt64(),
            Nonce = fields[1].AsUInt64(),
            MaxPriorityFeePerGas = fields[2].AsBigInteger(),
            MaxFeePerGas = fields[3].AsBigInteger(),
            GasLimit = fields[4].AsUInt64(),
            To = DecodeTo(fields[5]),
            Value = fields[6].AsBigInteger(),
            Data = fields[7].Bytes.ToArray(),
            AccessList = accessList.Items.Count == 0 ? null : accessList,
        };
        if (fields.Count == 9)
        {
            return new DecodedEvmTransaction(transaction, null, null, null);
        }

        var parity = fields[9].AsBigInteger();
        if (parity > 1)
        {
            throw new FormatException("An EIP-1559 signature's y parity is 0 or 1.");
        }

        return Signed(transaction, fields[10].AsBigInteger(), fields[11].AsBigInteger(), (int)parity, raw);
    }

    private static DecodedEvmTransaction Signed(EvmTransaction transaction, BigInteger r, BigInteger s, int recoveryId, ReadOnlySpan<byte> raw)
    {
        if (r.GetByteCount(isUnsigned: true) > 32 || s.GetByteCount(isUnsigned: true) > 32)
        {
            throw new FormatException("Signature values exceed 32 bytes.");
        }

        var signature = new byte[Secp256k1.SignatureLength];
        Secp256k1Math.ToBytes32(r, signature.AsSpan(0, 32));
        Secp256k1Math.ToBytes32(s, signature.AsSpan(32, 32));
        signature[64] = (byte)recoveryId;
        var publicKey = Secp256k1.RecoverPublicKey(EvmTransactionEncoder.SigningHash(transaction), signature);
        var from = publicKey is null ? null : EvmAddress.FromPublicKey(publicKey);
        return new DecodedEvmTransaction(transaction, signature, from, EvmTransactionEncoder.TransactionHash(raw));
    }

    private static string? DecodeTo(RlpItem item)
    {
        var bytes = item.Bytes;
        return bytes.Length switch
        {
            0 => null,
            EvmAddress.Length => EvmAddress.ToChecksum(bytes),
            _ => throw new FormatException("The recipient is neither empty nor 20 bytes."),
        };
    }

    private static ulong ToUInt64(BigInteger value) =>
        value <= ulong.MaxValue ? (ulong)value : throw new FormatException("A chain id does not fit in 64 bits.");
}
