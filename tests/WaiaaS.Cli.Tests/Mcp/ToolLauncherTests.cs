using WaiaaS.Cli.Mcp;

namespace WaiaaS.Cli.Tests.Mcp;

public sealed class ToolLauncherTests
{
    private const string Dll = "/home/alice/.dotnet/tools/.store/waiaas.cli/1.0.0/waiaas.cli/1.0.0/tools/net10.0/any/waiaas.dll";
    private const string Runtime = "/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.0/";

    [Fact]
    public void Resolve_WhenRunAsTheInstalledApphost_StartsItDirectly()
    {
        var launcher = ToolLauncher.Resolve("/home/alice/.dotnet/tools/waiaas", Dll, "/usr/bin/dotnet", Runtime);

        Assert.Equal("/home/alice/.dotnet/tools/waiaas", launcher.Command);
        Assert.Empty(launcher.LeadingArguments);
    }

    [Fact]
    public void Resolve_WhenTheApphostIsAnExe_StartsItDirectly()
    {
        var launcher = ToolLauncher.Resolve("/opt/tools/waiaas.exe", Dll, null, Runtime);

        Assert.Equal("/opt/tools/waiaas.exe", launcher.Command);
        Assert.Empty(launcher.LeadingArguments);
    }

    [Fact]
    public void Resolve_WhenRunAsDotnetWaiaasDll_StartsTheSameHostWithTheDll()
    {
        var launcher = ToolLauncher.Resolve("/usr/share/dotnet/dotnet", Dll, "/somewhere/else/dotnet", Runtime);

        Assert.Equal("/usr/share/dotnet/dotnet", launcher.Command);
        Assert.Equal([Dll], launcher.LeadingArguments);
    }

    [Fact]
    public void Resolve_InsideAnotherHost_UsesDotnetHostPath()
    {
        var launcher = ToolLauncher.Resolve("/repo/bin/testhost", Dll, "/usr/share/dotnet/dotnet", Runtime);

        Assert.Equal("/usr/share/dotnet/dotnet", launcher.Command);
        Assert.Equal([Dll], launcher.LeadingArguments);
    }

    [Fact]
    public void Resolve_InsideAnotherHostWithoutDotnetHostPath_UsesTheDotnetBesideTheRuntime()
    {
        var launcher = ToolLauncher.Resolve("/repo/bin/testhost", Dll, null, Runtime);

        Assert.Equal(OperatingSystem.IsWindows() ? Path.GetFullPath("/usr/share/dotnet/dotnet.exe") : "/usr/share/dotnet/dotnet", launcher.Command);
        Assert.Equal([Dll], launcher.LeadingArguments);
    }

    [Fact]
    public void Resolve_DoesNotMistakeAFileThatMerelyStartsWithWaiaas()
    {
        var launcher = ToolLauncher.Resolve("/usr/bin/waiaas-helper", Dll, "/usr/bin/dotnet", Runtime);

        Assert.Equal("/usr/bin/dotnet", launcher.Command);
    }

    [Fact]
    public void Current_InThisTestProcess_PointsAtFilesThatExist()
    {
        var launcher = ToolLauncher.Current();

        Assert.True(File.Exists(launcher.Command), launcher.Command);
        Assert.All(launcher.LeadingArguments, a => Assert.True(File.Exists(a), a));
        Assert.EndsWith("waiaas.dll", launcher.LeadingArguments.Single());
    }
}
