using System.Globalization;

namespace WaiaaS.Core.Toml;

/// <summary>
/// A single-pass recursive-descent TOML 1.0 reader over a string. This part holds the cursor, positions, errors,
/// whitespace and comments; the other parts read strings, numbers, date-times, keys/tables and values.
/// </summary>
internal sealed partial class TomlReader
{
    // The deepest table/array nesting accepted (root = 0). Parsing arrays and inline tables recurses, and so do
    // consumers of the tree (writer, encoders), so hostile input must not be able to build deeper trees.
    internal const int MaxNestingDepth = 128;

    private const int EndOfInput = -1;

    private readonly string _text;
    private readonly List<int> _lineStarts = [0];

    // Cumulative count of low surrogates before each index; only built when the text has any, so that
    // columns count code points without rescanning the line for every value.
    private readonly int[]? _lowSurrogatesBefore;

    private int _pos;

    internal TomlReader(string text, int start)
    {
        _text = text;
        _pos = start;
        var hasSurrogates = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
            else if (char.IsSurrogate(c))
            {
                hasSurrogates = true;
                var pairs = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (!pairs)
                {
                    throw ErrorAt(i, $"unpaired surrogate U+{(int)c:X4} is not valid Unicode");
                }

                i++;
            }
        }

        if (hasSurrogates)
        {
            _lowSurrogatesBefore = new int[text.Length + 1];
            for (var i = 0; i < text.Length; i++)
            {
                _lowSurrogatesBefore[i + 1] = _lowSurrogatesBefore[i] + (char.IsLowSurrogate(text[i]) ? 1 : 0);
            }
        }
    }

    private bool AtEnd => _pos >= _text.Length;

    private int Peek() => _pos < _text.Length ? _text[_pos] : EndOfInput;

    private int PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : EndOfInput;

    private bool LookingAt(string expected) => string.CompareOrdinal(_text, _pos, expected, 0, expected.Length) == 0;

    internal TomlPosition PositionAt(int index)
    {
        index = Math.Clamp(index, 0, _text.Length);
        var line = _lineStarts.BinarySearch(index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = _lineStarts[line];
        var column = index - lineStart;
        if (_lowSurrogatesBefore is not null)
        {
            column -= _lowSurrogatesBefore[index] - _lowSurrogatesBefore[lineStart];
        }

        return new TomlPosition(line + 1, column + 1);
    }

    private TomlException Error(string message) => ErrorAt(_pos, message);

    private TomlException ErrorAt(int index, string message)
    {
        var position = PositionAt(index);
        return new TomlException(new TomlError(message, position.Line, position.Column));
    }

    /// <summary>Describes the character at the cursor for messages: <c>'x'</c>, <c>U+0007</c> or "end of input".</summary>
    private string DescribeCurrent()
    {
        if (AtEnd)
        {
            return "end of input";
        }

        var c = _text[_pos];
        return c switch
        {
            '\n' => "end of line",
            '\r' => "carriage return",
            _ when char.IsControl(c) => $"control character U+{(int)c:X4}",
            _ when char.IsHighSurrogate(c) => $"'{_text.Substring(_pos, 2)}'",
            _ => $"'{c}'",
        };
    }

    private static bool IsControlDisallowed(int c) => c is (>= 0 and <= 0x08) or (>= 0x0A and <= 0x1F) or 0x7F;

    private static string CodePointName(int c) => "U+" + c.ToString("X4", CultureInfo.InvariantCulture);

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t')
        {
            _pos++;
        }
    }

    /// <summary>Consumes LF or CRLF; a carriage return on its own is an error.</summary>
    private bool TryConsumeNewline()
    {
        var c = Peek();
        if (c == '\n')
        {
            _pos++;
            return true;
        }

        if (c == '\r')
        {
            if (PeekAt(1) != '\n')
            {
                throw Error("carriage return must be followed by a line feed");
            }

            _pos += 2;
            return true;
        }

        return false;
    }

    /// <summary>Skips a comment at the cursor, if any, up to (not including) the line break.</summary>
    private void SkipComment()
    {
        if (Peek() != '#')
        {
            return;
        }

        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n' || (c == '\r' && PeekAt(1) == '\n'))
            {
                return;
            }

            if (IsControlDisallowed(c))
            {
                throw Error($"control character {CodePointName(c)} is not allowed in a comment");
            }

            _pos++;
        }
    }

    /// <summary>Skips whitespace, comments and newlines (inside arrays).</summary>
    private void SkipWhitespaceCommentsAndNewlines()
    {
        while (true)
        {
            SkipWhitespace();
            SkipComment();
            if (!TryConsumeNewline())
            {
                return;
            }
        }
    }

    /// <summary>After a key/value pair or header: optional whitespace and comment, then a newline or the end.</summary>
    private void ExpectLineEnd(string after)
    {
        SkipWhitespace();
        SkipComment();
        if (AtEnd || TryConsumeNewline())
        {
            return;
        }

        throw Error($"expected a newline after {after}, found {DescribeCurrent()}");
    }

    /// <summary>Returns <paramref name="depth"/>, or fails at <paramref name="index"/> when it exceeds the limit.</summary>
    private int CheckDepth(int depth, int index) =>
        depth <= MaxNestingDepth
            ? depth
            : throw ErrorAt(index, $"values are nested too deeply (more than {MaxNestingDepth} levels of arrays and tables)");
}
