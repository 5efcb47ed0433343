using System.Diagnostics;
using System.Runtime.InteropServices;

namespace WaiaaS.Cli;

/// <summary>Asks a process to stop gracefully (SIGTERM on POSIX) or forces it.</summary>
internal static partial class ProcessSignals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM; on Windows there is no graceful signal, so the process is killed.</summary>
    public static bool RequestStop(int pid)
    {
        if (!OperatingSystem.IsWindows())
        {
            return Kill(pid, SigTerm) == 0;
        }

        return ForceStop(pid);
    }

    public static bool ForceStop(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
