using WaiaaS.Core.DataDirectory;

namespace WaiaaS.Core.Tests.DataDirectory;

public sealed class DataDirectoryResolverTests
{
    private static readonly string Home = Path.Combine(Path.GetTempPath(), "waiaas-home");

    private static Dictionary<string, string> Env(params (string Name, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private static string Abs(params string[] parts) => Path.Combine([Path.GetTempPath(), .. parts]);

    [Fact]
    public void Resolve_WhenFlagGiven_FlagWinsOverEverything()
    {
        var result = DataDirectoryResolver.Resolve(Abs("flag"), Env(("WAIAAS_DATA_DIR", Abs("env")), ("XDG_DATA_HOME", Abs("xdg"))), Home);

        Assert.Equal(new ResolvedDataDirectory(Abs("flag"), DataDirectorySource.Flag), result);
    }

    [Fact]
    public void Resolve_WhenNoFlag_EnvironmentVariableWinsOverXdg()
    {
        var result = DataDirectoryResolver.Resolve(null, Env(("WAIAAS_DATA_DIR", Abs("env")), ("XDG_DATA_HOME", Abs("xdg"))), Home);

        Assert.Equal(new ResolvedDataDirectory(Abs("env"), DataDirectorySource.EnvironmentVariable), result);
    }

    [Fact]
    public void Resolve_WhenOnlyXdgSet_UsesXdgWaiaas()
    {
        var result = DataDirectoryResolver.Resolve(null, Env(("XDG_DATA_HOME", Abs("xdg"))), Home);

        Assert.Equal(new ResolvedDataDirectory(Abs("xdg", "waiaas"), DataDirectorySource.XdgDataHome), result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Resolve_WhenNothingSet_UsesDotWaiaasInHome(string? blank)
    {
        var environment = blank is null ? Env() : Env(("WAIAAS_DATA_DIR", blank), ("XDG_DATA_HOME", blank));

        var result = DataDirectoryResolver.Resolve(blank, environment, Home);

        Assert.Equal(new ResolvedDataDirectory(Path.Combine(Home, ".waiaas"), DataDirectorySource.HomeDirectory), result);
    }

    [Fact]
    public void Resolve_WhenFlagIsTilde_ExpandsToHome()
    {
        Assert.Equal(Home, DataDirectoryResolver.Resolve("~", Env(), Home).Path);
    }

    [Fact]
    public void Resolve_WhenFlagStartsWithTildeSlash_ExpandsUnderHome()
    {
        Assert.Equal(Path.Combine(Home, "wallets", "main"), DataDirectoryResolver.Resolve("~/wallets/main", Env(), Home).Path);
    }

    [Fact]
    public void Resolve_WhenEnvironmentAndXdgUseTilde_ExpandsThem()
    {
        Assert.Equal(Path.Combine(Home, "w"), DataDirectoryResolver.Resolve(null, Env(("WAIAAS_DATA_DIR", "~/w")), Home).Path);
        Assert.Equal(Path.Combine(Home, ".local", "share", "waiaas"), DataDirectoryResolver.Resolve(null, Env(("XDG_DATA_HOME", "~/.local/share")), Home).Path);
    }

    [Fact]
    public void Resolve_WhenTildeIsNotALeadingHomeReference_LeavesItAlone()
    {
        var result = DataDirectoryResolver.Resolve(Abs("a~b"), Env(), Home);

        Assert.Equal(Abs("a~b"), result.Path);
    }

    [Fact]
    public void Resolve_WhenPathHasTrailingSeparatorOrDots_NormalisesIt()
    {
        var result = DataDirectoryResolver.Resolve(Abs("x", "..", "data") + Path.DirectorySeparatorChar, Env(), Home);

        Assert.Equal(Abs("data"), result.Path);
    }

    [Fact]
    public void Resolve_WhenPathIsRelative_MakesItAbsolute()
    {
        var result = DataDirectoryResolver.Resolve("relative-data", Env(), Home);

        Assert.True(Path.IsPathFullyQualified(result.Path));
        Assert.Equal(Path.GetFullPath("relative-data"), result.Path);
    }
}
