namespace WaiaaS.Daemon.IntegrationTests;

/// <summary>
/// Finds the processes of one sandbox through /proc: those whose command line names the sandbox folder (a fresh GUID
/// path), so only processes the test itself started ever match.
/// </summary>
internal static class SandboxProcesses
{
    /// <summary>Whether <paramref name="pid"/> is alive and its command line contains <paramref name="root"/> (a zombie's is empty).</summary>
    public static bool CommandLineNames(int pid, string root)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains(root, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static List<int> Naming(string root)
    {
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), out var pid) && pid != Environment.ProcessId && CommandLineNames(pid, root))
            {
                found.Add(pid);
            }
        }

        return found;
    }

    public static void KillQuietly(int pid)
    {
        try
        {
            Signals.Send(pid, Signals.Kill);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }
}
