using System.Runtime.InteropServices;

namespace WaiaaS.Cli.Mcp;

/// <summary>
/// How another program (an MCP client) starts this same <c>waiaas</c>: the installed apphost
/// (<c>~/.dotnet/tools/waiaas</c>, <c>waiaas.exe</c>) by its absolute path, or, when the CLI runs as
/// <c>dotnet waiaas.dll</c>, the dotnet host with the absolute path of <c>waiaas.dll</c> as first argument.
/// </summary>
/// <param name="Command">The absolute path of the executable to start.</param>
/// <param name="LeadingArguments">Arguments before the waiaas command line (the dll path for the dotnet host).</param>
internal sealed record ToolLauncher(string Command, IReadOnlyList<string> LeadingArguments)
{
    public const string ToolName = "waiaas";

    /// <summary>The launcher of the running process.</summary>
    public static ToolLauncher Current() => Resolve(
        Environment.ProcessPath,
        typeof(ToolLauncher).Assembly.Location,
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
        RuntimeEnvironment.GetRuntimeDirectory());

    /// <summary>Decides the launcher from the process's executable and the CLI assembly's location.</summary>
    /// <param name="processPath">The running executable (<see cref="Environment.ProcessPath"/>).</param>
    /// <param name="cliAssemblyPath">The path of <c>waiaas.dll</c>.</param>
    /// <param name="dotnetHostPath"><c>DOTNET_HOST_PATH</c>, when set (the SDK sets it for tools and tests).</param>
    /// <param name="runtimeDirectory">The shared runtime folder (<c>&lt;dotnet root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/</c>).</param>
    public static ToolLauncher Resolve(string? processPath, string cliAssemblyPath, string? dotnetHostPath, string runtimeDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(cliAssemblyPath);
        if (processPath is not null && IsNamed(processPath, ToolName))
        {
            return new ToolLauncher(Path.GetFullPath(processPath), []);
        }

        // Any other host (dotnet itself, a test host) runs waiaas.dll in-process; an MCP client needs the dotnet host.
        var host = processPath is not null && IsNamed(processPath, "dotnet") ? processPath
            : !string.IsNullOrEmpty(dotnetHostPath) ? dotnetHostPath
            : DotnetBesideRuntime(runtimeDirectory);
        return new ToolLauncher(Path.GetFullPath(host), [Path.GetFullPath(cliAssemblyPath)]);
    }

    private static bool IsNamed(string path, string name) =>
        string.Equals(Path.GetFileNameWithoutExtension(path), name, StringComparison.OrdinalIgnoreCase)
        && (Path.GetExtension(path).Length == 0 || string.Equals(Path.GetExtension(path), ".exe", StringComparison.OrdinalIgnoreCase));

    // <root>/shared/Microsoft.NETCore.App/<version>/ → <root>/dotnet[.exe]
    private static string DotnetBesideRuntime(string runtimeDirectory)
    {
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        return Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
    }
}
