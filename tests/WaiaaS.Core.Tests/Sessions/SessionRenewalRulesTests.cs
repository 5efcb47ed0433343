using WaiaaS.Core.Errors;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Core.Tests.Sessions;

public sealed class SessionRenewalRulesTests
{
    private const long Created = 1_000_000;
    private static readonly SessionRenewalState Fresh = new("s-1", "hash-1", null, Created, Created + 3600, Created + 86400, 0, 30);

    [Fact]
    public void Check_PassesAtHalfTheTtl()
    {
        Assert.Null(SessionRenewalRules.Check("s-1", "hash-1", Fresh, Created + 1800));
        Assert.Null(SessionRenewalRules.Check("s-1", "hash-1", Fresh with { MaxRenewals = 0, AbsoluteExpiresAt = null }, Created + 3000));
    }

    [Fact]
    public void Check_EachRow_GivesItsCode()
    {
        var now = Created + 1800;
        Assert.Equal("SESSION_NOT_FOUND", Code(SessionRenewalRules.Check("s-1", "hash-1", null, now)));
        Assert.Equal("SESSION_NOT_FOUND", Code(SessionRenewalRules.Check("s-2", "hash-1", Fresh, now)));
        Assert.Equal("SESSION_REVOKED", Code(SessionRenewalRules.Check("s-1", "hash-1", Fresh with { RevokedAt = now }, now)));
        Assert.Equal("RENEWAL_CONFLICT", Code(SessionRenewalRules.Check("s-1", "hash-0", Fresh, now)));
        Assert.Equal("RENEWAL_LIMIT_REACHED", Code(SessionRenewalRules.Check("s-1", "hash-1", Fresh with { RenewalCount = 30 }, now)));
        Assert.Equal("SESSION_LIFETIME_EXCEEDED", Code(SessionRenewalRules.Check("s-1", "hash-1", Fresh with { AbsoluteExpiresAt = Created + 3600 }, now)));
        Assert.Equal("RENEWAL_TOO_EARLY", Code(SessionRenewalRules.Check("s-1", "hash-1", Fresh, Created + 1799)));
    }

    [Fact]
    public void Check_AppliesTheTableInOrder_FirstFailingRowWins()
    {
        var everythingWrong = Fresh with { RevokedAt = Created, TokenHash = "other", RenewalCount = 30, AbsoluteExpiresAt = Created + 10 };

        Assert.Equal("SESSION_NOT_FOUND", Code(SessionRenewalRules.Check("s-2", "hash-1", everythingWrong, Created)));
        Assert.Equal("SESSION_REVOKED", Code(SessionRenewalRules.Check("s-1", "hash-1", everythingWrong, Created)));
        Assert.Equal("RENEWAL_CONFLICT", Code(SessionRenewalRules.Check("s-1", "hash-1", everythingWrong with { RevokedAt = null }, Created)));
        Assert.Equal("RENEWAL_LIMIT_REACHED", Code(SessionRenewalRules.Check("s-1", "other", everythingWrong with { RevokedAt = null }, Created)));
        Assert.Equal("SESSION_LIFETIME_EXCEEDED", Code(SessionRenewalRules.Check("s-1", "other", everythingWrong with { RevokedAt = null, RenewalCount = 0 }, Created)));
        Assert.Equal(
            ["SESSION_NOT_FOUND", "SESSION_REVOKED", "RENEWAL_CONFLICT", "RENEWAL_LIMIT_REACHED", "SESSION_LIFETIME_EXCEEDED", "RENEWAL_TOO_EARLY"],
            SessionRenewalRules.Table.Select(e => e.Code));
    }

    [Fact]
    public void Table_HasTheStatusesOfSpec6()
    {
        Assert.Equal([404, 401, 409, 403, 403, 409], SessionRenewalRules.Table.Select(e => e.HttpStatus));
    }

    [Fact]
    public void UnlimitedRenewals_NeverReachTheLimit()
    {
        Assert.Null(SessionRenewalRules.Check("s-1", "hash-1", Fresh with { MaxRenewals = 0, RenewalCount = 1_000_000 }, Created + 1800));
    }

    private static string? Code(Failure? failure) => failure?.Error.Code;
}
