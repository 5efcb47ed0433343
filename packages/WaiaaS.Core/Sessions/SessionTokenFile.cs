using System.Security.Cryptography;
using System.Text;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.Errors;
using WaiaaS.Core.FileSystem;

namespace WaiaaS.Core.Sessions;

/// <summary>
/// The one place that reads and writes session token files (SPEC §2, §13), shared by the MCP server, the CLI and the
/// Telegram bot. A token file holds one session token (<c>wai_sess_</c> + a JWT) as ASCII/UTF-8 without a BOM; one
/// trailing newline is tolerated. Writes are atomic (<see cref="AtomicFileWriter"/>: unique temporary file, mode
/// 0600 before any data, flush, rename). Reads refuse symlinks (checked without following them), on POSIX files that
/// other users can read or write, and anything that is not one structurally valid token. Failures never contain the
/// token or the file's content.
/// </summary>
public static class SessionTokenFile
{
    /// <summary>Largest token file read: the longest token plus a CRLF. Larger files are refused unread.</summary>
    public const int MaxFileBytes = SessionTokenCodec.MaxTokenLength + 2;

    /// <summary>Longest wallet id accepted in a per-wallet file name.</summary>
    public const int MaxWalletIdLength = 128;

    private const UnixFileMode OtherUsers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private static readonly string[] WindowsDeviceNames = ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>The default token file, <c>&lt;data dir&gt;/mcp-token</c>.</summary>
    public static string DefaultPath(DataDirectoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return layout.McpTokenFile;
    }

    /// <summary>The token file of one wallet's MCP server, <c>&lt;data dir&gt;/mcp-tokens/&lt;walletId&gt;</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="walletId"/> fails <see cref="IsValidWalletId"/>.</exception>
    public static string ForWallet(DataDirectoryLayout layout, string walletId)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return layout.McpTokenFileFor(walletId);
    }

    /// <summary>
    /// Whether <paramref name="walletId"/> can name a token file: 1–128 ASCII letters, digits, <c>-</c> or <c>_</c>
    /// and not a Windows device name, so it can never leave the <c>mcp-tokens</c> folder or name something else.
    /// </summary>
    public static bool IsValidWalletId(string? walletId) =>
        walletId is { Length: > 0 and <= MaxWalletIdLength }
        && walletId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
        && !WindowsDeviceNames.Contains(walletId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads and checks the token in <paramref name="path"/>.</summary>
    /// <returns>
    /// The token, or <see cref="ErrorCodes.TokenFileNotFound"/>, <see cref="ErrorCodes.TokenFileUnsafe"/> (symlink, not a
    /// regular file, loose permissions: the message says how to fix it), <see cref="ErrorCodes.TokenFileMalformed"/> or
    /// <see cref="ErrorCodes.TokenFileIoError"/>.
    /// </returns>
    public static Result<string> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is not null)
        {
            return Unsafe($"{fullPath} is a symbolic link; token files must be regular files. Remove the link and write the token file again (waiaas mcp refresh-token).");
        }

        if (Directory.Exists(fullPath))
        {
            return Unsafe($"{fullPath} is a folder, not a token file.");
        }

        if (!info.Exists)
        {
            return new Failure(ErrorCodes.TokenFileNotFound, $"{fullPath} does not exist.");
        }

        byte[] content;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.ReadWrite | FileShare.Delete };
            using var stream = new FileStream(fullPath, options);
            // The mode is read from the open handle, so it is the file actually read (not one swapped in after a check).
            var mode = PrivateFileModes.Supported ? File.GetUnixFileMode(stream.SafeFileHandle) : PrivateFileModes.File;
            if ((mode & OtherUsers) != 0)
            {
                return Unsafe($"{fullPath} has mode {PrivateFileModes.Octal(mode)}: other users can read or change the session token. Fix it with: chmod 600 \"{fullPath}\" (and create a new token if others may have read it).");
            }

            content = ReadCapped(stream);
        }
        catch (FileNotFoundException)
        {
            return new Failure(ErrorCodes.TokenFileNotFound, $"{fullPath} does not exist.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Failure(ErrorCodes.TokenFileIoError, $"{fullPath} could not be read: {e.Message}");
        }

        try
        {
            return Parse(fullPath, content);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(content);
        }
    }

    /// <summary>
    /// Replaces <paramref name="path"/> atomically with <paramref name="token"/> (mode 0600 on POSIX), creating a
    /// missing parent folder with mode 0700. Refuses a token that is not structurally valid and a symlinked target.
    /// </summary>
    /// <returns>Null on success, or <see cref="ErrorCodes.TokenFileMalformed"/>, <see cref="ErrorCodes.TokenFileUnsafe"/> or <see cref="ErrorCodes.TokenFileIoError"/>.</returns>
    public static Failure? Write(string path, string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        var decoded = SessionTokenCodec.DecodeUntrusted(token);
        if (!decoded.Succeeded)
        {
            return new Failure(ErrorCodes.TokenFileMalformed, $"refusing to write {fullPath}: {decoded.Failure.Message}");
        }

        var bytes = Encoding.ASCII.GetBytes(token!);
        try
        {
            var folder = Path.GetDirectoryName(fullPath)!;
            if (!Directory.Exists(folder))
            {
                PrivateFileModes.CreatePrivateFolder(folder);
            }

            AtomicFileWriter.Write(fullPath, bytes, PrivateFileModes.File);
            return null;
        }
        catch (UnsafePathException e)
        {
            return Unsafe(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Failure(ErrorCodes.TokenFileIoError, $"{fullPath} could not be written: {e.Message}");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static byte[] ReadCapped(FileStream stream)
    {
        // Read at most one byte past the cap: a huge (or endless) file is refused without loading it.
        var buffer = new byte[MaxFileBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        var content = buffer[..total];
        CryptographicOperations.ZeroMemory(buffer);
        return content;
    }

    private static Result<string> Parse(string fullPath, byte[] content)
    {
        if (content.Length > MaxFileBytes)
        {
            return Malformed(fullPath, $"it is larger than {MaxFileBytes} bytes");
        }

        ReadOnlySpan<byte> text = content;
        if (text.StartsWith("\uFEFF"u8))
        {
            return Malformed(fullPath, "it starts with a byte-order mark (save it as UTF-8 without BOM)");
        }

        if (text.EndsWith("\r\n"u8))
        {
            text = text[..^2];
        }
        else if (text.EndsWith("\n"u8))
        {
            text = text[..^1];
        }

        if (text.IsEmpty)
        {
            return Malformed(fullPath, "it is empty");
        }

        foreach (var b in text)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.'))
            {
                return Malformed(fullPath, "it holds characters a token never has (control characters, spaces, a second line or non-ASCII text)");
            }
        }

        var token = Encoding.ASCII.GetString(text);
        var decoded = SessionTokenCodec.DecodeUntrusted(token);
        return decoded.Succeeded ? token : Malformed(fullPath, decoded.Failure.Message ?? "it is not a session token");
    }

    private static Failure Malformed(string fullPath, string reason) =>
        new(ErrorCodes.TokenFileMalformed, $"{fullPath} does not hold a valid session token: {reason.TrimEnd('.')}. Write a new one with waiaas mcp refresh-token.");

    private static Failure Unsafe(string message) => new(ErrorCodes.TokenFileUnsafe, message);
}
