using System.Runtime.InteropServices;

namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>POSIX signals to processes the tests started themselves.</summary>
internal static partial class Signals
{
    public const int Term = 15;
    public const int Kill = 9;

    public static void Send(int pid, int signal)
    {
        if (SendSignal(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Whether <paramref name="pid"/> still exists (signal 0 probes without sending anything).</summary>
    public static bool IsAlive(int pid) => SendSignal(pid, 0) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
