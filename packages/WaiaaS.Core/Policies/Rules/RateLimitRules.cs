namespace WaiaaS.Core.Policies.Rules;

/// <summary><c>RATE_LIMIT</c>: at most <c>max_transactions</c> reserving transactions per rolling <c>window_seconds</c>.</summary>
public sealed record RateLimitRules(int MaxTransactions, int WindowSeconds) : PolicyRules
{
    /// <inheritdoc />
    public override PolicyType Type => PolicyType.RateLimit;
}
