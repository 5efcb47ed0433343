using System.Diagnostics;

namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>Waits for work the manager runs off the test thread: polling with a deadline, never a timing assertion.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Deadline, $"timed out waiting until {what}");
            await Task.Delay(5);
        }
    }
}
