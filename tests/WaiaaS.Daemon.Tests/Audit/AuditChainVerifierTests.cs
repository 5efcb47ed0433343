using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Audit;

/// <summary>Tampering through a raw connection (triggers dropped first, as an attacker with file access would).</summary>
public sealed class AuditChainVerifierTests : IDisposable
{
    private readonly ManualTimeProvider _time = new();
    private readonly TestDb _db;
    private readonly List<AuditLogEntity> _rows = [];

    public AuditChainVerifierTests()
    {
        _db = new TestDb(_time);
        var writer = new AuditLogWriter(_time);
        using var context = _db.Context();
        for (var i = 0; i < 6; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            _rows.Add(writer.Append(context, new AuditEntry(AuditEvents.WalletCreated, AuditActors.Master) { WalletId = $"w{i}" }));
        }
    }

    [Fact]
    public async Task EmptyLog_IsValid()
    {
        using var empty = new TestDb();
        using var context = empty.Context();

        Assert.Equal(new AuditChainVerification(true, 0, null, null, AuditChainBreak.None), await AuditChainVerifier.VerifyAsync(context));
    }

    [Fact]
    public async Task UntouchedLog_IsValid() => Assert.Equal(new AuditChainVerification(true, 6, null, null, AuditChainBreak.None), await VerifyAsync());

    [Theory]
    [InlineData("wallet_id = 'w-other'")]
    [InlineData("details = '{\"x\":1}'")]
    [InlineData("created_at = created_at + 1")]
    [InlineData("actor = 'system'")]
    public async Task ModifiedField_IsFoundAtThatRow(string change)
    {
        Tamper($"UPDATE audit_log SET {change} WHERE seq = 3;");

        Assert.Equal(new AuditChainVerification(false, 3, _rows[2].Id, 2, AuditChainBreak.HashMismatch), await VerifyAsync());
    }

    [Fact]
    public async Task ModifiedRowWithRecomputedHash_IsFoundAtTheNextRow()
    {
        var forged = Clone(_rows[2]);
        forged.WalletId = "w-other";
        Tamper($"UPDATE audit_log SET wallet_id = 'w-other', hash = '{AuditCanonicalEncoding.ComputeHash(forged)}' WHERE seq = 3;");

        Assert.Equal(new AuditChainVerification(false, 4, _rows[3].Id, 3, AuditChainBreak.PrevHashMismatch), await VerifyAsync());
    }

    [Fact]
    public async Task DeletedMiddleRow_IsFoundAtTheRowAfterIt()
    {
        Tamper("DELETE FROM audit_log WHERE seq = 4;");

        Assert.Equal(new AuditChainVerification(false, 4, _rows[4].Id, 3, AuditChainBreak.PrevHashMismatch), await VerifyAsync());
    }

    [Fact]
    public async Task DeletedFirstRow_IsFound()
    {
        Tamper("DELETE FROM audit_log WHERE seq = 1;");

        Assert.Equal(new AuditChainVerification(false, 1, _rows[1].Id, 0, AuditChainBreak.PrevHashMismatch), await VerifyAsync());
    }

    [Fact]
    public async Task SwappedRows_AreFound()
    {
        Tamper("UPDATE audit_log SET seq = -1 WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = -1;");

        Assert.Equal(new AuditChainVerification(false, 2, _rows[2].Id, 1, AuditChainBreak.PrevHashMismatch), await VerifyAsync());
    }

    [Fact]
    public async Task InsertedRow_WithAValidOwnHash_IsFoundAtTheRowAfterIt()
    {
        // Make room after row 2 and insert a well-formed row chained to it.
        var inserted = Clone(_rows[1]);
        inserted.Id = "01900000-0000-7000-8000-00000000ffff";
        inserted.Seq = 3;
        inserted.EventType = AuditEvents.WalletPurged;
        inserted.PrevHash = _rows[1].Hash;
        inserted.Hash = AuditCanonicalEncoding.ComputeHash(inserted);
        Tamper($"""
            UPDATE audit_log SET seq = -seq WHERE seq >= 3;
            UPDATE audit_log SET seq = 1 - seq WHERE seq < 0;
            INSERT INTO audit_log (id, seq, created_at, event_type, actor, wallet_id, prev_hash, hash)
            VALUES ('{inserted.Id}', 3, {inserted.CreatedAt}, '{inserted.EventType}', '{inserted.Actor}', '{inserted.WalletId}', '{inserted.PrevHash}', '{inserted.Hash}');
            """);

        Assert.Equal(new AuditChainVerification(false, 4, _rows[2].Id, 3, AuditChainBreak.PrevHashMismatch), await VerifyAsync());
    }

    [Fact]
    public async Task ForgedChainWithRenumberedRows_IsFoundBySequence()
    {
        // Rewriting seq alone breaks the hash; a chain rebuilt with correct hashes but a seq gap trips the sequence check.
        var rebuilt = Clone(_rows[0]);
        rebuilt.Seq = 2;
        rebuilt.Hash = AuditCanonicalEncoding.ComputeHash(rebuilt);
        Tamper($"DELETE FROM audit_log WHERE seq > 1; UPDATE audit_log SET seq = 2, hash = '{rebuilt.Hash}' WHERE seq = 1;");

        Assert.Equal(new AuditChainVerification(false, 1, _rows[0].Id, 0, AuditChainBreak.SequenceMismatch), await VerifyAsync());
    }

    private async Task<AuditChainVerification> VerifyAsync()
    {
        using var context = _db.Context();
        return await AuditChainVerifier.VerifyAsync(context);
    }

    private void Tamper(string sql) =>
        Sql.Execute(_db.File, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql);

    private static AuditLogEntity Clone(AuditLogEntity row) => new()
    {
        Id = row.Id,
        Seq = row.Seq,
        CreatedAt = row.CreatedAt,
        EventType = row.EventType,
        Actor = row.Actor,
        WalletId = row.WalletId,
        SessionId = row.SessionId,
        TransactionId = row.TransactionId,
        RequestId = row.RequestId,
        IpAddress = row.IpAddress,
        Details = row.Details,
        PrevHash = row.PrevHash,
        Hash = row.Hash,
    };

    public void Dispose() => _db.Dispose();
}
