using System.CommandLine;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas mcp setup|refresh-token</c>: the session token files the MCP server reads.</summary>
internal static class McpCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("mcp", "Run the MCP server for AI agents, and manage the session token files it reads.");
        command.Add(McpSetupCommand.Create(context));
        command.Add(McpRefreshTokenCommand.Create(context));
        return command;
    }
}
