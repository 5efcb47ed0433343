using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WaiaaS.Daemon.Audit;

/// <summary>
/// The audit hash chain. <c>hash = hex(SHA-256(bytes(prev_hash) || canonical row))</c>, where <c>bytes(prev_hash)</c>
/// is the 32 bytes the previous row's hex hash encodes (32 zero bytes for the first row, whose <c>prev_hash</c> is
/// 64 <c>0</c> characters), and the canonical row is the fields <c>id, seq, created_at, event_type, actor,
/// wallet_id, session_id, transaction_id, request_id, ip_address, details</c> in that order, each encoded as
/// <c>0x00</c> when null, or <c>0x01</c>, the UTF-8 byte length as a 4-byte big-endian integer, then the UTF-8 bytes.
/// Integers are their invariant decimal text; <c>details</c> is the stored JSON text as is. Hex is lower case.
/// </summary>
public static class AuditCanonicalEncoding
{
    /// <summary>The <c>prev_hash</c> of the first row.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Computes the hash a row must carry given its fields and <see cref="AuditLogEntity.PrevHash"/>.</summary>
    /// <exception cref="FormatException"><see cref="AuditLogEntity.PrevHash"/> is not 64 hex characters.</exception>
    public static string ComputeHash(AuditLogEntity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.PrevHash.Length != 64)
        {
            throw new FormatException("prev_hash must be 64 hex characters.");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Convert.FromHexString(row.PrevHash));
        AppendField(hash, row.Id);
        AppendField(hash, row.Seq.ToString(CultureInfo.InvariantCulture));
        AppendField(hash, row.CreatedAt.ToString(CultureInfo.InvariantCulture));
        AppendField(hash, row.EventType);
        AppendField(hash, row.Actor);
        AppendField(hash, row.WalletId);
        AppendField(hash, row.SessionId);
        AppendField(hash, row.TransactionId);
        AppendField(hash, row.RequestId);
        AppendField(hash, row.IpAddress);
        AppendField(hash, row.Details);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendField(IncrementalHash hash, string? value)
    {
        if (value is null)
        {
            hash.AppendData([0x00]);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> header = stackalloc byte[5];
        header[0] = 0x01;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], bytes.Length);
        hash.AppendData(header);
        hash.AppendData(bytes);
    }
}
