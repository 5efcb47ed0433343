using WaiaaS.Core.Configuration;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Core.Tests.Sessions;

public sealed class SessionLimitsTests
{
    [Fact]
    public void Resolve_UsesConfigDefaults_AndRequestOverrides_IncludingExplicitZero()
    {
        var security = new SecuritySettings();

        Assert.Equal(new SessionLimits(86400, 30, 2_592_000), SessionLimits.Resolve(security, null, null, null).Value);
        Assert.Equal(new SessionLimits(600, 0, 0), SessionLimits.Resolve(security, 600, 0, 0).Value);
        Assert.Equal(new SessionLimits(0, 5, 7200), SessionLimits.Resolve(security with { SessionTtlSeconds = 0 }, null, 5, 7200).Value);
    }

    [Theory]
    [InlineData(-1L, null, null)]
    [InlineData(null, -1, null)]
    [InlineData(null, null, -1L)]
    [InlineData(315_360_001L, null, null)]
    public void Resolve_RefusesOutOfRangeValues(long? ttl, int? renewals, long? lifetime)
    {
        Assert.Equal("VALIDATION_FAILED", SessionLimits.Resolve(new SecuritySettings(), ttl, renewals, lifetime).Failure!.Error.Code);
    }

    [Fact]
    public void TokenExpiresAt_IsCappedByTheAbsoluteExpiry_AndUnlimitedTtlIsAFiniteHorizon()
    {
        Assert.Equal(1_000 + 3_600, SessionLimits.TokenExpiresAt(1_000, 3_600, null));
        Assert.Equal(2_000, SessionLimits.TokenExpiresAt(1_000, 3_600, 2_000));
        Assert.Equal(2_000, SessionLimits.TokenExpiresAt(1_000, 0, 2_000));
        Assert.Equal(1_000 + SessionLimits.UnlimitedTokenHorizonSeconds, SessionLimits.TokenExpiresAt(1_000, 0, null));
    }

    [Fact]
    public void AbsoluteExpiresAt_AndRenewalsRemaining_TreatZeroAsUnlimited()
    {
        Assert.Null(new SessionLimits(60, 0, 0).AbsoluteExpiresAt(100));
        Assert.Equal(160, new SessionLimits(60, 0, 60).AbsoluteExpiresAt(100));
        Assert.Null(SessionLimits.RenewalsRemaining(5, 0));
        Assert.Equal(3, SessionLimits.RenewalsRemaining(2, 5));
        Assert.Equal(0, SessionLimits.RenewalsRemaining(7, 5));
    }

    [Fact]
    public void ExpiringSoon_QualifiesWithin24Hours_OrAtThreeRenewalsLeft_OnlyWhenLimited()
    {
        const long now = 1_000_000;
        Assert.True(SessionExpiringSoonRule.Qualifies(now + 86_399, 0, 30, now));
        Assert.False(SessionExpiringSoonRule.Qualifies(now + 86_400, 0, 30, now));
        Assert.True(SessionExpiringSoonRule.Qualifies(null, 27, 30, now));
        Assert.False(SessionExpiringSoonRule.Qualifies(null, 26, 30, now));
        Assert.False(SessionExpiringSoonRule.Qualifies(null, 1000, 0, now));
    }
}
