using System.Numerics;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Rlp;

namespace WaiaaS.Adapters.Evm.Transactions;

/// <summary>
/// Serialises transactions: legacy with EIP-155 (<c>rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0])</c>
/// is signed; <c>v = recoveryId + 2·chainId + 35</c>) and EIP-1559 (<c>0x02 ‖ rlp([chainId, nonce, maxPriority,
/// maxFee, gas, to, value, data, accessList])</c> is signed; the signed form appends yParity, r, s).
/// </summary>
public static class EvmTransactionEncoder
{
    /// <summary>The bytes whose Keccak-256 is signed.</summary>
    public static byte[] EncodeForSigning(EvmTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Type == EvmTransactionType.Legacy)
        {
            return transaction.ChainId == 0
                ? RlpEncoder.EncodeList(LegacyFields(transaction))
                : RlpEncoder.EncodeList([.. LegacyFields(transaction), RlpEncoder.EncodeInteger(transaction.ChainId), RlpEncoder.EncodeBytes([]), RlpEncoder.EncodeBytes([])]);
        }

        return Typed(RlpEncoder.EncodeList(Eip1559Fields(transaction)));
    }

    /// <summary>The 32-byte digest the signer signs.</summary>
    public static byte[] SigningHash(EvmTransaction transaction) => Keccak256.Hash(EncodeForSigning(transaction));

    /// <summary>The signed raw transaction from a 65-byte <c>r ‖ s ‖ recoveryId</c> signature.</summary>
    public static byte[] EncodeSigned(EvmTransaction transaction, ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (signature.Length != Secp256k1.SignatureLength || signature[64] > 1)
        {
            throw new ArgumentException("Expected r ‖ s ‖ recoveryId (65 bytes, recoveryId 0 or 1).", nameof(signature));
        }

        var recoveryId = signature[64];
        var r = RlpEncoder.EncodeInteger(new BigInteger(signature[..32], isUnsigned: true, isBigEndian: true));
        var s = RlpEncoder.EncodeInteger(new BigInteger(signature.Slice(32, 32), isUnsigned: true, isBigEndian: true));
        if (transaction.Type == EvmTransactionType.Legacy)
        {
            var v = transaction.ChainId == 0 ? new BigInteger(27 + recoveryId) : (new BigInteger(transaction.ChainId) * 2) + 35 + recoveryId;
            return RlpEncoder.EncodeList([.. LegacyFields(transaction), RlpEncoder.EncodeInteger(v), r, s]);
        }

        return Typed(RlpEncoder.EncodeList([.. Eip1559Fields(transaction), RlpEncoder.EncodeInteger(recoveryId), r, s]));
    }

    /// <summary>The transaction hash of signed raw bytes: <c>0x</c> + lowercase hex of their Keccak-256.</summary>
    public static string TransactionHash(ReadOnlySpan<byte> signedRaw) => "0x" + Convert.ToHexStringLower(Keccak256.Hash(signedRaw));

    private static byte[][] LegacyFields(EvmTransaction t) =>
    [
        RlpEncoder.EncodeInteger(t.Nonce),
        RlpEncoder.EncodeInteger(t.GasPrice),
        RlpEncoder.EncodeInteger(t.GasLimit),
        EncodeTo(t.To),
        RlpEncoder.EncodeInteger(t.Value),
        RlpEncoder.EncodeBytes(t.Data.Span),
    ];

    private static byte[][] Eip1559Fields(EvmTransaction t) =>
    [
        RlpEncoder.EncodeInteger(t.ChainId),
        RlpEncoder.EncodeInteger(t.Nonce),
        RlpEncoder.EncodeInteger(t.MaxPriorityFeePerGas),
        RlpEncoder.EncodeInteger(t.MaxFeePerGas),
        RlpEncoder.EncodeInteger(t.GasLimit),
        EncodeTo(t.To),
        RlpEncoder.EncodeInteger(t.Value),
        RlpEncoder.EncodeBytes(t.Data.Span),
        t.AccessList is { } list ? RlpEncoder.Encode(list) : RlpEncoder.EncodeList([]),
    ];

    private static byte[] EncodeTo(string? to) => RlpEncoder.EncodeBytes(to is null ? [] : EvmAddress.Parse(to, "recipient"));

    private static byte[] Typed(byte[] payload)
    {
        var result = new byte[payload.Length + 1];
        result[0] = (byte)EvmTransactionType.Eip1559;
        payload.CopyTo(result, 1);
        return result;
    }
}
