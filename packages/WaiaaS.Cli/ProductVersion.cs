namespace WaiaaS.Cli;

/// <summary>The version of this build, as written in version.json at build time.</summary>
internal static class ProductVersion
{
    public static string Current => WaiaaS.Core.ProductInfo.Version;
}
