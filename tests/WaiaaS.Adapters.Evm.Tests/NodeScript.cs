using System.Diagnostics;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Adapters.Evm.Tests;

/// <summary>Runs a script from tests/node (whose packages are pinned by its lock file) and returns its stdout.</summary>
internal static class NodeScript
{
    public static async Task<string> RunAsync(string relativePath, CancellationToken cancellationToken = default)
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "node", relativePath);
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tests/node/{relativePath} failed ({process.ExitCode}); run `bash build/bootstrap.sh`.\n{await stderr}");
        }

        return await stdout;
    }
}
