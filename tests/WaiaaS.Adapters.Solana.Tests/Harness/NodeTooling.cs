using System.Diagnostics;
using System.Text.Json.Nodes;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Adapters.Solana.Tests.Harness;

/// <summary>
/// Runs the pinned Node test peers in tests/node. Missing node or node_modules is a test failure with the fix in
/// the message, never a skip.
/// </summary>
internal static class NodeTooling
{
    public const string BootstrapHint = "run `bash build/bootstrap.sh` (installs the pinned npm test peers into tests/node/node_modules)";

    public static string NodeFolder => Path.Combine(RepositoryRoot.Path, "tests", "node");

    public static string Script(string relative) => Path.Combine(NodeFolder, relative);

    /// <summary>Fails with the bootstrap hint unless node and the npm packages are present.</summary>
    public static void RequireInstalled() => RequireInstalled(NodeFolder);

    /// <summary>Fails with the bootstrap hint unless <paramref name="nodeFolder"/> holds the npm test peers and node is on PATH.</summary>
    public static void RequireInstalled(string nodeFolder)
    {
        foreach (var package in new[] { "litesvm", "@solana/web3.js", "@solana/spl-token" })
        {
            if (!Directory.Exists(Path.Combine(nodeFolder, "node_modules", package)))
            {
                Assert.Fail($"The npm test peer '{package}' is missing from tests/node/node_modules: {BootstrapHint}.");
            }
        }

        if (FindNode() is null)
        {
            Assert.Fail($"`node` (Node.js 20 or later) is not on PATH: install it, then {BootstrapHint}.");
        }
    }

    public static string? FindNode()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs a script with a JSON request on stdin and parses the JSON it prints.</summary>
    public static async Task<JsonNode> RunJsonAsync(string script, JsonNode request)
    {
        RequireInstalled();
        var start = new ProcessStartInfo(FindNode()!, [Script(script)])
        {
            WorkingDirectory = NodeFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(request.ToJsonString());
        process.StandardInput.Close();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(deadline.Token);
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"{script} failed ({process.ExitCode}): {await stderr}");
        return JsonNode.Parse(output)!;
    }
}
