using System.Security.Cryptography;
using System.Text;
using WaiaaS.Daemon.Audit;

namespace WaiaaS.Daemon.Tests.Audit;

/// <summary>The documented encoding, assembled byte by byte here (docs/storage.md).</summary>
public sealed class AuditCanonicalEncodingTests
{
    [Fact]
    public void Hash_FollowsTheDocumentedByteLayout()
    {
        var row = new AuditLogEntity
        {
            Id = "0193a000-0000-7000-8000-000000000001",
            Seq = 12,
            CreatedAt = 1_795_000_000,
            EventType = "wallet.created",
            Actor = "master",
            WalletId = "w",
            SessionId = null,
            TransactionId = null,
            RequestId = "é",
            IpAddress = null,
            Details = "{}",
            PrevHash = "ab" + new string('0', 62),
            Hash = string.Empty,
        };
        var expected = new List<byte>();
        expected.Add(0xab);
        expected.AddRange(new byte[31]);
        foreach (var field in new[] { row.Id, "12", "1795000000", "wallet.created", "master", "w", null, null, "é", null, "{}" })
        {
            if (field is null)
            {
                expected.Add(0x00);
                continue;
            }

            var bytes = Encoding.UTF8.GetBytes(field);
            expected.Add(0x01);
            expected.AddRange([0, 0, (byte)(bytes.Length >> 8), (byte)bytes.Length]);
            expected.AddRange(bytes);
        }

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(expected.ToArray())), AuditCanonicalEncoding.ComputeHash(row));
    }

    [Fact]
    public void NullAndEmptyFields_HashDifferently()
    {
        AuditLogEntity Row(string? wallet) => new()
        {
            Id = "x",
            Seq = 1,
            CreatedAt = 1,
            EventType = "e",
            Actor = "a",
            WalletId = wallet,
            PrevHash = AuditCanonicalEncoding.GenesisHash,
            Hash = string.Empty,
        };

        Assert.NotEqual(AuditCanonicalEncoding.ComputeHash(Row(null)), AuditCanonicalEncoding.ComputeHash(Row(string.Empty)));
    }

    [Fact]
    public void FieldBoundaries_CannotBeShifted()
    {
        AuditLogEntity Row(string eventType, string actor) => new()
        {
            Id = "x",
            Seq = 1,
            CreatedAt = 1,
            EventType = eventType,
            Actor = actor,
            PrevHash = AuditCanonicalEncoding.GenesisHash,
            Hash = string.Empty,
        };

        Assert.NotEqual(AuditCanonicalEncoding.ComputeHash(Row("ab", "c")), AuditCanonicalEncoding.ComputeHash(Row("a", "bc")));
    }
}
