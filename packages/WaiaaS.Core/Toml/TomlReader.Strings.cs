using System.Globalization;
using System.Text;

namespace WaiaaS.Core.Toml;

/// <summary>Basic, literal and multi-line strings.</summary>
internal sealed partial class TomlReader
{
    /// <summary>Reads any of the four string forms at the cursor (which is on a quote).</summary>
    private string ReadString()
    {
        var quote = (char)Peek();
        var multiLine = PeekAt(1) == quote && PeekAt(2) == quote;
        return (quote, multiLine) switch
        {
            ('"', false) => ReadBasicString(),
            ('"', true) => ReadMultiLineString(quote),
            (_, false) => ReadLiteralString(),
            _ => ReadMultiLineString(quote),
        };
    }

    private string ReadBasicString()
    {
        var start = _pos;
        _pos++;
        var value = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (c == '"')
            {
                _pos++;
                return value.ToString();
            }

            if (c == EndOfInput || c == '\n' || (c == '\r' && PeekAt(1) == '\n'))
            {
                throw ErrorAt(start, "unterminated string (a basic string must close on the same line)");
            }

            if (c == '\\')
            {
                ReadEscape(value);
                continue;
            }

            if (IsControlDisallowed(c))
            {
                throw Error($"control character {CodePointName(c)} is not allowed in a string; use an escape");
            }

            value.Append((char)c);
            _pos++;
        }
    }

    private string ReadLiteralString()
    {
        var start = _pos;
        _pos++;
        var contentStart = _pos;
        while (true)
        {
            var c = Peek();
            if (c == '\'')
            {
                _pos++;
                return _text[contentStart..(_pos - 1)];
            }

            if (c == EndOfInput || c == '\n' || (c == '\r' && PeekAt(1) == '\n'))
            {
                throw ErrorAt(start, "unterminated literal string (a literal string must close on the same line)");
            }

            if (IsControlDisallowed(c))
            {
                throw Error($"control character {CodePointName(c)} is not allowed in a literal string");
            }

            _pos++;
        }
    }

    /// <summary>Reads <c>"""..."""</c> (with escapes) or <c>'''...'''</c> (without).</summary>
    private string ReadMultiLineString(char quote)
    {
        var start = _pos;
        var isBasic = quote == '"';
        _pos += 3;

        // A newline straight after the opening delimiter is not part of the string.
        TryConsumeNewline();
        var value = new StringBuilder();
        while (true)
        {
            var c = Peek();
            if (c == EndOfInput)
            {
                throw ErrorAt(start, isBasic ? "unterminated multi-line string" : "unterminated multi-line literal string");
            }

            if (c == quote && PeekAt(1) == quote && PeekAt(2) == quote)
            {
                // Up to two quotes may sit right before the closing delimiter: """a""""" is a"".
                var run = 3;
                while (run < 5 && PeekAt(run) == quote)
                {
                    run++;
                }

                value.Append(quote, run - 3);
                _pos += run;
                return value.ToString();
            }

            if (c == '\r' || c == '\n')
            {
                // Line breaks are normalised to LF so values do not depend on the file's line endings.
                TryConsumeNewline();
                value.Append('\n');
                continue;
            }

            if (c == '\\' && isBasic)
            {
                if (!TrySkipLineEndingBackslash())
                {
                    ReadEscape(value);
                }

                continue;
            }

            if (IsControlDisallowed(c))
            {
                throw Error($"control character {CodePointName(c)} is not allowed in a multi-line string");
            }

            value.Append((char)c);
            _pos++;
        }
    }

    /// <summary>A backslash followed by optional whitespace and a newline trims all whitespace and newlines after it.</summary>
    private bool TrySkipLineEndingBackslash()
    {
        var probe = _pos + 1;
        while (probe < _text.Length && _text[probe] is ' ' or '\t')
        {
            probe++;
        }

        var isLineEnd = probe < _text.Length
            && (_text[probe] == '\n' || (_text[probe] == '\r' && probe + 1 < _text.Length && _text[probe + 1] == '\n'));
        if (!isLineEnd)
        {
            return false;
        }

        _pos = probe;
        while (true)
        {
            SkipWhitespace();
            if (!TryConsumeNewline())
            {
                return true;
            }
        }
    }

    /// <summary>Reads one escape sequence at the cursor (on the backslash) and appends its character.</summary>
    private void ReadEscape(StringBuilder value)
    {
        var start = _pos;
        var code = PeekAt(1);
        _pos += 2;
        switch (code)
        {
            case 'b': value.Append('\b'); return;
            case 't': value.Append('\t'); return;
            case 'n': value.Append('\n'); return;
            case 'f': value.Append('\f'); return;
            case 'r': value.Append('\r'); return;
            case '"': value.Append('"'); return;
            case '\\': value.Append('\\'); return;
            case 'u': value.Append(ReadUnicodeEscape(start, 4)); return;
            case 'U': value.Append(ReadUnicodeEscape(start, 8)); return;
            case EndOfInput:
                throw ErrorAt(start, "unterminated string (input ends after a backslash)");
            default:
                _pos = start;
                var shown = code < 0x20 || code == 0x7F ? CodePointName(code) : ((char)code).ToString();
                throw Error($"invalid escape '\\{shown}'");
        }
    }

    private string ReadUnicodeEscape(int start, int digits)
    {
        if (_pos + digits > _text.Length)
        {
            throw ErrorAt(start, $"escape '\\{_text[start + 1]}' needs {digits} hex digits");
        }

        var hex = _text.AsSpan(_pos, digits);
        foreach (var h in hex)
        {
            if (!char.IsAsciiHexDigit(h))
            {
                throw ErrorAt(start, $"escape '\\{_text[start + 1]}' needs {digits} hex digits, found '{hex}'");
            }
        }

        var scalar = long.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (scalar > 0x10FFFF || scalar is >= 0xD800 and <= 0xDFFF)
        {
            throw ErrorAt(start, $"escape '\\{_text[start + 1]}{hex}' is not a Unicode scalar value");
        }

        _pos += digits;
        return char.ConvertFromUtf32((int)scalar);
    }
}
