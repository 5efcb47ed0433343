using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Tests.Storage;

namespace WaiaaS.Daemon.Tests.Audit;

public sealed class AuditLogReaderTests : IDisposable
{
    private readonly ManualTimeProvider _time = new();
    private readonly TestDb _db;
    private readonly List<AuditLogEntity> _rows = [];

    public AuditLogReaderTests()
    {
        _db = new TestDb(_time);
        var writer = new AuditLogWriter(_time);
        using var context = _db.Context();
        using var transaction = context.Database.BeginTransaction();
        for (var i = 0; i < 120; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            _rows.Add(writer.Append(context, new AuditEntry(i % 3 == 0 ? AuditEvents.WalletCreated : AuditEvents.SessionCreated, i % 2 == 0 ? AuditActors.Master : AuditActors.System)
            {
                WalletId = $"w{i % 4}",
                SessionId = i % 5 == 0 ? "s-five" : null,
            }));
        }

        context.SaveChanges();
        transaction.Commit();
    }

    [Fact]
    public async Task DefaultQuery_Returns50NewestFirst_WithACursor()
    {
        var page = await QueryAsync(new AuditQuery());

        Assert.Equal(_rows.AsEnumerable().Reverse().Take(50).Select(r => r.Id), page.Items.Select(r => r.Id));
        Assert.Equal(page.Items[^1].Id, page.NextCursor);
    }

    [Fact]
    public async Task FollowingCursors_VisitsEveryMatchingRowOnce_ThenStops()
    {
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await QueryAsync(new AuditQuery { WalletId = "w1", Limit = 7, Cursor = cursor });
            seen.AddRange(page.Items.Select(r => r.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        var expected = _rows.Where(r => r.WalletId == "w1").Reverse().Select(r => r.Id).ToList();
        Assert.Equal(expected, seen);
        Assert.Equal((expected.Count + 6) / 7, pages);
    }

    [Fact]
    public async Task CursorStaysStable_WhenNewRowsArrive()
    {
        var first = await QueryAsync(new AuditQuery { Limit = 10 });
        using (var context = _db.Context())
        {
            new AuditLogWriter(_time).Append(context, new AuditEntry(AuditEvents.WalletCreated, AuditActors.Master));
        }

        var second = await QueryAsync(new AuditQuery { Limit = 10, Cursor = first.NextCursor });

        Assert.Equal(_rows.AsEnumerable().Reverse().Skip(10).Take(10).Select(r => r.Id), second.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task Filters_Combine()
    {
        var from = _rows[30].CreatedAt;
        var to = _rows[90].CreatedAt;
        var page = await QueryAsync(new AuditQuery { EventType = AuditEvents.WalletCreated, Actor = AuditActors.Master, From = from, To = to, Limit = 200 });

        var expected = _rows
            .Where(r => r.EventType == AuditEvents.WalletCreated && r.Actor == AuditActors.Master && r.CreatedAt >= from && r.CreatedAt <= to)
            .Reverse().Select(r => r.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Items.Select(r => r.Id));
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task SessionFilter_Async()
    {
        using var context = _db.Context();
        var page = await AuditLogReader.QueryAsync(context, new AuditQuery { SessionId = "s-five", Limit = 200 });

        Assert.Equal(_rows.Where(r => r.SessionId == "s-five").Reverse().Select(r => r.Id), page.Items.Select(r => r.Id));
    }

    [Theory]
    [InlineData("not-a-cursor", "INVALID_CURSOR")]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "INVALID_CURSOR")]
    [InlineData("01900000-0000-7000-8000-000000000000", "INVALID_CURSOR")]
    public async Task BadCursor_IsAClearError(string cursor, string code)
    {
        var error = await Assert.ThrowsAsync<AuditQueryException>(() => QueryAsync(new AuditQuery { Cursor = cursor }));

        Assert.Equal(code, error.Code);
        Assert.Contains("cursor", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task LimitOutsideRange_IsAClearError(int limit)
    {
        var error = await Assert.ThrowsAsync<AuditQueryException>(() => QueryAsync(new AuditQuery { Limit = limit }));

        Assert.Equal("INVALID_LIMIT", error.Code);
        Assert.Contains("between 1 and 200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromAfterTo_IsAClearError() =>
        Assert.Equal("INVALID_RANGE", (await Assert.ThrowsAsync<AuditQueryException>(() => QueryAsync(new AuditQuery { From = 10, To = 5 }))).Code);

    [Fact]
    public async Task MaxLimit_ReturnsUpTo200() => Assert.Equal(120, (await QueryAsync(new AuditQuery { Limit = 200 })).Items.Count);

    private async Task<AuditPage> QueryAsync(AuditQuery query)
    {
        using var context = _db.Context();
        return await AuditLogReader.QueryAsync(context, query);
    }

    public void Dispose() => _db.Dispose();
}
