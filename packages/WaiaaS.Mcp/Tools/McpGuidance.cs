namespace WaiaaS.Mcp.Tools;

/// <summary>Texts the tools return when the owner has to act.</summary>
internal static class McpGuidance
{
    public const string RefreshCommand = "waiaas mcp refresh-token";
}
