using System.Text;

namespace WaiaaS.Cli;

/// <summary>
/// Where the master password comes from, in order: <c>WAIAAS_MASTER_PASSWORD</c>, <c>WAIAAS_MASTER_PASSWORD_FILE</c>
/// (first line), the parent process through stdin (internal, for <c>start --detach</c>), a hidden prompt on a terminal.
/// Never from the command line. Returned as UTF-8 bytes the caller wipes.
/// </summary>
internal static class MasterPasswordSource
{
    public const string EnvironmentVariable = "WAIAAS_MASTER_PASSWORD";
    public const string FileVariable = "WAIAAS_MASTER_PASSWORD_FILE";

    /// <summary>Reads the password, or returns null after printing why it could not.</summary>
    public static byte[]? Read(CliContext context, bool fromStdin, bool confirmWhenPrompting)
    {
        if (context.Environment.TryGetValue(EnvironmentVariable, out var value) && value.Length > 0)
        {
            return Encoding.UTF8.GetBytes(value);
        }

        if (context.Environment.TryGetValue(FileVariable, out var file) && file.Length > 0)
        {
            return ReadFile(context, file);
        }

        if (fromStdin)
        {
            var line = Console.In.ReadLine();
            return string.IsNullOrEmpty(line) ? Missing(context) : Encoding.UTF8.GetBytes(line);
        }

        return Console.IsInputRedirected ? Missing(context) : Prompt(context, confirmWhenPrompting);
    }

    private static byte[]? ReadFile(CliContext context, string path)
    {
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"error: {FileVariable} names {path}, which does not exist.");
            return null;
        }

        if (Core.FileSystem.PrivateFileModes.Supported && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0)
        {
            context.Error.WriteLine($"warning: {path} is readable by other users; chmod 600 it.");
        }

        var line = File.ReadLines(path).FirstOrDefault()?.TrimEnd('\r');
        if (string.IsNullOrEmpty(line))
        {
            context.Error.WriteLine($"error: {path} is empty; its first line must be the master password.");
            return null;
        }

        return Encoding.UTF8.GetBytes(line);
    }

    private static byte[]? Prompt(CliContext context, bool confirm)
    {
        var first = ReadHidden(context, "Master password: ");
        if (first.Length == 0)
        {
            return Missing(context);
        }

        if (confirm && ReadHidden(context, "Repeat it: ") != first)
        {
            context.Error.WriteLine("error: the two entries differ.");
            return null;
        }

        return Encoding.UTF8.GetBytes(first);
    }

    private static string ReadHidden(CliContext context, string prompt)
    {
        context.Error.Write(prompt);
        var builder = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                context.Error.WriteLine();
                return builder.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (builder.Length > 0)
                {
                    builder.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                builder.Append(key.KeyChar);
            }
        }
    }

    private static byte[]? Missing(CliContext context)
    {
        context.Error.WriteLine($"error: no master password. Set {EnvironmentVariable}, or {FileVariable} to a file (0600) holding it, or run in a terminal to be prompted.");
        return null;
    }
}
