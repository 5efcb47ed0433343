using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace WaiaaS.Core.Toml;

/// <summary>Parses TOML 1.0 documents into <see cref="TomlTable"/> trees with source positions.</summary>
public static class TomlParser
{
    /// <summary>Parses TOML text; a leading byte-order mark is skipped.</summary>
    /// <param name="text">The document.</param>
    /// <param name="document">The root table when the text is valid.</param>
    /// <param name="error">The first error when it is not.</param>
    /// <returns>Whether the text is valid TOML 1.0.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out TomlTable? document, [NotNullWhen(false)] out TomlError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        return TryParseFrom(text, start, out document, out error);
    }

    private static bool TryParseFrom(string text, int start, [NotNullWhen(true)] out TomlTable? document, [NotNullWhen(false)] out TomlError? error)
    {
        try
        {
            document = new TomlReader(text, start).ReadDocument();
            error = null;
            return true;
        }
        catch (TomlException exception)
        {
            document = null;
            error = exception.Error;
            return false;
        }
    }

    /// <summary>Parses UTF-8 bytes strictly (invalid UTF-8 is an error with its position); a leading BOM is skipped.</summary>
    /// <param name="utf8">The document bytes.</param>
    /// <param name="document">The root table when the input is valid.</param>
    /// <param name="error">The first error when it is not.</param>
    /// <returns>Whether the input is valid UTF-8 and valid TOML 1.0.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out TomlTable? document, [NotNullWhen(false)] out TomlError? error)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        error = FindInvalidUtf8(utf8);
        if (error is not null)
        {
            document = null;
            return false;
        }

        // The BOM is already skipped: a second one is content (and an error).
        return TryParseFrom(Encoding.UTF8.GetString(utf8), 0, out document, out error);
    }

    /// <summary>Parses TOML text, throwing on invalid input.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The root table.</returns>
    /// <exception cref="TomlException">The text is not valid TOML 1.0.</exception>
    public static TomlTable Parse(string text) =>
        TryParse(text, out var document, out var error) ? document : throw new TomlException(error);

    /// <summary>Returns an error at the first byte that does not start a well-formed UTF-8 sequence, or null.</summary>
    private static TomlError? FindInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var line = 1;
        var column = 1;
        var index = 0;
        while (index < utf8.Length)
        {
            var b = utf8[index];
            if (b < 0x80)
            {
                index++;
                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }

                continue;
            }

            if (Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) != OperationStatus.Done)
            {
                return new TomlError($"invalid UTF-8 byte 0x{b:X2}", line, column);
            }

            index += consumed;
            column++;
        }

        return null;
    }
}
