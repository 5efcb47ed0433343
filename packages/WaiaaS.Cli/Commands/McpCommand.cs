using System.CommandLine;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas mcp serve|setup|refresh-token</c>: the MCP server for AI agents and its session token files.</summary>
internal static class McpCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("mcp", "Run the MCP server for AI agents, and manage the session token files it reads.");
        command.Add(McpServeCommand.Create(context));
        command.Add(McpSetupCommand.Create(context));
        command.Add(McpRefreshTokenCommand.Create(context));
        return command;
    }
}
