using WaiaaS.Tests.Shared;

namespace WaiaaS.Cli.IntegrationTests;

/// <summary>
/// Packs all packages with build/pack.sh into a fresh folder and installs WaiaaS.Cli from it into a private
/// tool path, with a private NuGet cache and a NuGet config naming only that folder, so what runs is exactly
/// what was just packed (never a cached copy of the same version, never a remote feed).
/// </summary>
public sealed class InstalledToolFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "waiaas-tool-test-" + Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Root, "feed");

    public string ToolPath => Path.Combine(Root, "tools");

    public string Waiaas => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "waiaas.exe" : "waiaas");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        var pack = await ProcessRunner.RunAsync("bash", [Path.Combine(RepositoryRoot.Path, "build", "pack.sh"), Feed], RepositoryRoot.Path, timeout: TimeSpan.FromMinutes(10));
        Assert.True(pack.ExitCode == 0, "build/pack.sh failed:\n" + pack.Output + pack.Error);

        var nugetConfig = Path.Combine(Root, "nuget.config");
        await File.WriteAllTextAsync(nugetConfig,
            $"<configuration><packageSources><clear /><add key=\"local\" value=\"{Feed}\" /></packageSources></configuration>");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-cache") };
        var install = await ProcessRunner.RunAsync("dotnet",
            ["tool", "install", "WaiaaS.Cli", "--tool-path", ToolPath, "--version", RepositoryRoot.Version,
             "--configfile", nugetConfig, "--ignore-failed-sources"],
            Root, environment, TimeSpan.FromMinutes(5));
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output + install.Error);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
