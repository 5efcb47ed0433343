using WaiaaS.Core.Policies;

namespace WaiaaS.Core.Tests.Policies;

/// <summary>An in-memory ledger: reserving transactions with their creation time and USD value; counts its reads.</summary>
internal sealed class FakeUsage : IPolicyUsage
{
    public List<(DateTimeOffset At, decimal Usd)> Rows { get; } = [];

    public int Reads { get; private set; }

    public FakeUsage Add(DateTimeOffset at, decimal usd = 0m)
    {
        Rows.Add((at, usd));
        return this;
    }

    public decimal SpentUsd(DateTimeOffset since)
    {
        Reads++;
        return Rows.Where(r => r.At >= since).Sum(r => r.Usd);
    }

    public int TransactionCount(DateTimeOffset since)
    {
        Reads++;
        return Rows.Count(r => r.At >= since);
    }

    public DateTimeOffset? OldestCountedSince(DateTimeOffset since)
    {
        Reads++;
        return Rows.Where(r => r.At >= since).Select(r => (DateTimeOffset?)r.At).Min();
    }
}
