namespace WaiaaS.Core.Policies.Rules;

/// <summary>
/// A window of local hours: from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), 0–24. A window with
/// <c>start &gt; end</c> crosses midnight (<c>{"start": 22, "end": 6}</c> = 22:00 to 05:59).
/// </summary>
public sealed record HourWindow(int Start, int End)
{
    /// <summary>Whether a local time of day falls in the window.</summary>
    public bool Contains(TimeSpan timeOfDay)
    {
        var hour = timeOfDay.Hours;
        return Start <= End ? hour >= Start && hour < End : hour >= Start || hour < End;
    }
}
