namespace WaiaaS.Cli.Mcp;

/// <summary>The operating systems whose MCP client configuration paths the CLI knows.</summary>
internal enum ClientPlatform
{
    /// <summary>Linux and other Unix systems (XDG layout).</summary>
    Linux,

    /// <summary>macOS.</summary>
    MacOS,

    /// <summary>Windows.</summary>
    Windows,
}
