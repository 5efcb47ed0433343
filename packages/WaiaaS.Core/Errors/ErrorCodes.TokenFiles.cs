namespace WaiaaS.Core.Errors;

// Token files (SPEC §13): local failures of SessionTokenFile, reported by the MCP server, the CLI and the Telegram bot.
// The daemon never sends them; the HTTP status is nominal (the code is what callers act on).
public static partial class ErrorCodes
{
    /// <summary>There is no token file at the path.</summary>
    public static readonly ErrorCode TokenFileNotFound = new("TOKEN_FILE_NOT_FOUND", 404, "The session token file does not exist.", "Create it with waiaas mcp setup (or waiaas mcp refresh-token).", false);

    /// <summary>The token file is a symbolic link, not a regular file, or readable or writable by other users.</summary>
    public static readonly ErrorCode TokenFileUnsafe = new("TOKEN_FILE_UNSAFE", 403, "The session token file is not safe to use.", "See the message: replace a symlink with a regular file, or chmod 600 the file.", false);

    /// <summary>The token file's content is not one session token (size, encoding, characters or format).</summary>
    public static readonly ErrorCode TokenFileMalformed = new("TOKEN_FILE_MALFORMED", 400, "The session token file does not hold a valid session token.", "Write a new token with waiaas mcp refresh-token.", false);

    /// <summary>The token file could not be read or written (permissions, disk, a locked file).</summary>
    public static readonly ErrorCode TokenFileIoError = new("TOKEN_FILE_IO_ERROR", 500, "The session token file could not be read or written.", "Check the folder's owner, permissions and free space, then retry.", true);

    /// <summary>The token-file codes, for documentation.</summary>
    public static IReadOnlyList<ErrorCode> TokenFileErrors { get; } = [TokenFileNotFound, TokenFileUnsafe, TokenFileMalformed, TokenFileIoError];
}
