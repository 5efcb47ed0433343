using System.Diagnostics;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>Polls a condition until it holds or a generous deadline passes (a deadline, never a timing assertion).</summary>
internal static class Poll
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Deadline)
            {
                throw new TimeoutException($"gave up waiting for {what}");
            }

            await Task.Delay(25);
        }
    }

    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Deadline)
            {
                throw new TimeoutException($"gave up waiting for {what}");
            }

            await Task.Delay(25);
        }
    }
}
