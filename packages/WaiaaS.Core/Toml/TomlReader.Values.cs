namespace WaiaaS.Core.Toml;

/// <summary>The document loop and value dispatch: scalars, arrays and inline tables.</summary>
internal sealed partial class TomlReader
{
    internal TomlTable ReadDocument()
    {
        var root = new TomlTable(TomlTableOrigin.Code, new TomlPosition(1, 1));
        var current = root;
        while (true)
        {
            SkipWhitespace();
            if (AtEnd)
            {
                return root;
            }

            var c = Peek();
            if (c == '#')
            {
                SkipComment();
                ExpectLineEnd("a comment");
            }
            else if (c is '\n' or '\r')
            {
                if (!TryConsumeNewline())
                {
                    throw Error("carriage return must be followed by a line feed");
                }
            }
            else if (c == '[')
            {
                current = ReadHeader(root);
                ExpectLineEnd("a table header");
            }
            else
            {
                ReadKeyValue(current);
                ExpectLineEnd("a value");
            }
        }
    }

    /// <summary>Reads a value that will sit at <paramref name="depth"/> in the tree (the root table is depth 0).</summary>
    private TomlValue ReadValue(int depth)
    {
        var position = PositionAt(_pos);
        var c = Peek();
        switch (c)
        {
            case '"' or '\'':
                return new TomlString(ReadString(), position);
            case '[':
                return ReadArray(position, depth);
            case '{':
                return ReadInlineTable(position, depth);
            case 't' when LookingAt("true"):
                _pos += 4;
                return new TomlBoolean(true, position);
            case 'f' when LookingAt("false"):
                _pos += 5;
                return new TomlBoolean(false, position);
            case 'i' or 'n' or '+' or '-':
                return ReadNumber(position);
            case >= '0' and <= '9':
                return LooksLikeDate() || LooksLikeTime() ? ReadDateTime(position) : ReadNumber(position);
            case EndOfInput or '\n' or '\r':
                throw Error($"expected a value, found {DescribeCurrent()}");
            default:
                throw Error($"expected a value (string, number, boolean, date-time, array or inline table), found {DescribeCurrent()}");
        }
    }

    private TomlArray ReadArray(TomlPosition position, int depth)
    {
        var start = _pos;
        var array = new TomlArray(position) { Depth = CheckDepth(depth, start) };
        _pos++;
        while (true)
        {
            SkipWhitespaceCommentsAndNewlines();
            if (Peek() == ']')
            {
                _pos++;
                break;
            }

            if (AtEnd)
            {
                throw ErrorAt(start, "unterminated array");
            }

            array.Add(ReadValue(depth + 1));
            SkipWhitespaceCommentsAndNewlines();
            var c = Peek();
            if (c == ',')
            {
                _pos++;
                continue;
            }

            if (c == ']')
            {
                _pos++;
                break;
            }

            throw AtEnd ? ErrorAt(start, "unterminated array") : Error($"expected ',' or ']' in array, found {DescribeCurrent()}");
        }

        return array;
    }

    private TomlTable ReadInlineTable(TomlPosition position, int depth)
    {
        var start = _pos;
        var table = new TomlTable(TomlTableOrigin.Inline, position) { Depth = CheckDepth(depth, start) };
        _pos++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _pos++;
            return table;
        }

        while (true)
        {
            if (AtEnd)
            {
                throw ErrorAt(start, "unterminated inline table");
            }

            ReadKeyValue(table);
            SkipWhitespace();
            var c = Peek();
            if (c == ',')
            {
                _pos++;
                SkipWhitespace();
                if (Peek() == '}')
                {
                    throw Error("a trailing comma is not allowed in an inline table");
                }

                continue;
            }

            if (c == '}')
            {
                _pos++;
                break;
            }

            throw c switch
            {
                EndOfInput => ErrorAt(start, "unterminated inline table"),
                '\n' or '\r' => Error("newlines are not allowed in an inline table"),
                _ => Error($"expected ',' or '}}' in inline table, found {DescribeCurrent()}"),
            };
        }

        return table;
    }
}
