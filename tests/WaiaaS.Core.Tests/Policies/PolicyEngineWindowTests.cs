using WaiaaS.Core.Policies;
using static WaiaaS.Core.Tests.Policies.PolicyTestData;

namespace WaiaaS.Core.Tests.Policies;

public class PolicyEngineWindowTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static PolicyDecision At(PolicyCandidate policy, DateTimeOffset now, TimeZoneInfo zone) =>
        Evaluate(Transfer(1), [policy], now: now, zone: zone);

    [Fact]
    public void TimeRestriction_ReadsHoursInTheConfiguredTimeZone()
    {
        var office = Policy("t", PolicyType.TimeRestriction, """{"allowed_hours": [{"start": 9, "end": 18}]}""");
        var utcMorning = new DateTimeOffset(2026, 3, 10, 1, 0, 0, TimeSpan.Zero); // 10:00 in Seoul

        Assert.True(At(office, utcMorning, Seoul).Allowed);
        var denied = At(office, utcMorning, TimeZoneInfo.Utc).Denial!;
        Assert.Equal(PolicyType.TimeRestriction, denied.PolicyType);
        Assert.Equal(8 * 3600, denied.RetryAfter); // 09:00 UTC
        Assert.Contains("Asia/Seoul", At(office, utcMorning.AddHours(9), Seoul).Denial!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TimeRestriction_WindowAcrossMidnight()
    {
        var night = Policy("t", PolicyType.TimeRestriction, """{"allowed_hours": [{"start": 22, "end": 6}]}""");
        var day = new DateTime(2026, 3, 10);

        Assert.True(At(night, Local(day.AddHours(23.5), NewYork), NewYork).Allowed);
        Assert.True(At(night, Local(day.AddHours(1), NewYork), NewYork).Allowed);
        Assert.True(At(night, Local(day.AddHours(5).AddMinutes(59), NewYork), NewYork).Allowed);
        var denied = At(night, Local(day.AddHours(6), NewYork), NewYork).Denial!;
        Assert.Equal(16 * 3600, denied.RetryAfter);
        Assert.Equal(1800, At(night, Local(day.AddHours(21.5), NewYork), NewYork).Denial!.RetryAfter);
    }

    [Fact]
    public void TimeRestriction_AllowedDays_UseTheLocalDate()
    {
        var weekdays = Policy("t", PolicyType.TimeRestriction, """{"allowed_days": ["MON", "TUE", "WED", "THU", "FRI"]}""");
        // Friday 20:00 UTC is Saturday 05:00 in Seoul.
        var fridayEvening = new DateTimeOffset(2026, 3, 13, 20, 0, 0, TimeSpan.Zero);

        Assert.True(At(weekdays, fridayEvening, TimeZoneInfo.Utc).Allowed);
        var denied = At(weekdays, fridayEvening, Seoul).Denial!;
        // Monday 00:00 in Seoul is Sunday 15:00 UTC: 43 hours later.
        Assert.Equal(43 * 3600, denied.RetryAfter);
    }

    [Fact]
    public void TimeRestriction_RetryAfter_CrossesADaylightSavingChange()
    {
        var morning = Policy("t", PolicyType.TimeRestriction, """{"allowed_hours": [{"start": 9, "end": 10}]}""");
        // New York moves from UTC-5 to UTC-4 on 2026-03-08 at 02:00 local.
        var saturdayNoon = Local(new DateTime(2026, 3, 7, 12, 0, 0), NewYork);

        var denied = At(morning, saturdayNoon, NewYork).Denial!;

        // 12:00 EST Saturday → 09:00 EDT Sunday: 21 hours on the wall clock, 20 real hours (02:00–03:00 is skipped).
        Assert.Equal(20 * 3600, denied.RetryAfter);
    }

    [Fact]
    public void RateLimit_DeniesAtTheLimit_WithRetryAfterFromTheOldestCounted()
    {
        var rate = Policy("r", PolicyType.RateLimit, """{"max_transactions": 3, "window_seconds": 3600}""");
        var usage = new FakeUsage().Add(Now.AddSeconds(-4000)).Add(Now.AddSeconds(-3000)).Add(Now.AddSeconds(-100));

        Assert.True(Evaluate(Transfer(1), [rate], usage).Allowed);

        usage.Add(Now.AddSeconds(-10));
        var denial = Evaluate(Transfer(1), [rate], usage).Denial!;
        Assert.Equal("3", denial.Limit);
        Assert.Equal("3", denial.Used);
        Assert.Equal("0", denial.Remaining);
        Assert.Equal(600, denial.RetryAfter);
    }

    private static DateTimeOffset Local(DateTime local, TimeZoneInfo zone) =>
        new(local, zone.GetUtcOffset(local));
}
