using System.Text;

namespace WaiaaS.Core.Toml;

/// <summary>Keys, key/value pairs and <c>[table]</c> / <c>[[array]]</c> headers, with TOML's redefinition rules.</summary>
internal sealed partial class TomlReader
{
    private readonly record struct KeySegment(string Name, int Index);

    private static bool IsBareKeyChar(int c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-';

    /// <summary>Reads <c>a."b".'c'</c>, allowing whitespace around the dots; leaves the cursor after the last segment.</summary>
    private List<KeySegment> ReadDottedKey()
    {
        var segments = new List<KeySegment>();
        while (true)
        {
            SkipWhitespace();
            segments.Add(ReadSimpleKey());
            SkipWhitespace();
            if (Peek() != '.')
            {
                return segments;
            }

            _pos++;
        }
    }

    private KeySegment ReadSimpleKey()
    {
        var start = _pos;
        var c = Peek();
        if (c is '"' or '\'')
        {
            if (PeekAt(1) == c && PeekAt(2) == c)
            {
                throw Error("multi-line strings are not allowed as keys");
            }

            return new KeySegment(ReadString(), start);
        }

        while (IsBareKeyChar(Peek()))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw Error($"expected a key, found {DescribeCurrent()}");
        }

        return new KeySegment(_text[start.._pos], start);
    }

    private static string JoinKey(List<KeySegment> segments, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append('.');
            }

            text.Append(TomlWriter.FormatKey(segments[i].Name));
        }

        return text.ToString();
    }

    /// <summary>Reads <c>key = value</c> into <paramref name="target"/>; dotted keys create or extend dotted tables.</summary>
    private void ReadKeyValue(TomlTable target)
    {
        var segments = ReadDottedKey();
        if (Peek() != '=')
        {
            throw Error($"expected '=' after key '{JoinKey(segments, segments.Count)}', found {DescribeCurrent()}");
        }

        _pos++;
        SkipWhitespace();
        var table = target;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            table = DescendByDottedKey(table, segments, i);
        }

        var last = segments[^1];
        if (table.TryGetValue(last.Name, out var existing))
        {
            throw ErrorAt(last.Index, $"duplicate key '{JoinKey(segments, segments.Count)}' (first defined at line {FirstLine(table, last.Name, existing)})");
        }

        var value = ReadValue(table.Depth + 1);
        table.Add(last.Name, value, PositionAt(last.Index));
    }

    private static int FirstLine(TomlTable table, string key, TomlValue existing)
    {
        var line = table.GetKeyPosition(key).Line;
        return line > 0 ? line : Math.Max(existing.Position.Line, 1);
    }

    private TomlTable DescendByDottedKey(TomlTable table, List<KeySegment> segments, int index)
    {
        var segment = segments[index];
        if (!table.TryGetValue(segment.Name, out var existing))
        {
            var position = PositionAt(segment.Index);
            var created = new TomlTable(TomlTableOrigin.DottedKey, position) { Depth = CheckDepth(table.Depth + 1, segment.Index) };
            table.Add(segment.Name, created, position);
            return created;
        }

        var name = JoinKey(segments, index + 1);
        var line = FirstLine(table, segment.Name, existing);
        if (existing is TomlTable { Origin: TomlTableOrigin.DottedKey } dotted)
        {
            return dotted;
        }

        var reason = existing switch
        {
            TomlTable { Origin: TomlTableOrigin.Inline } => $"'{name}' is an inline table (defined at line {line}) and cannot be extended",
            TomlTable => $"table '{name}' was defined by a [header] (at line {line}) and cannot be extended with dotted keys",
            _ => $"key '{name}' is already {WithArticle(existing.TypeName)} (defined at line {line}), not a table",
        };
        throw ErrorAt(segment.Index, reason);
    }

    /// <summary>Reads <c>[a.b]</c> or <c>[[a.b]]</c> and returns the table that following key/value pairs go into.</summary>
    private TomlTable ReadHeader(TomlTable root)
    {
        var start = _pos;
        _pos++;
        var isArrayOfTables = Peek() == '[';
        if (isArrayOfTables)
        {
            _pos++;
        }

        var segments = ReadDottedKey();
        Expect(']', isArrayOfTables ? "to close the [[array of tables]] header" : "to close the [table] header");
        if (isArrayOfTables)
        {
            Expect(']', "to close the [[array of tables]] header");
        }

        var headerPosition = PositionAt(start);
        var table = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            table = DescendByHeader(table, segments, i, headerPosition);
        }

        var last = segments[^1];
        var fullName = JoinKey(segments, segments.Count);
        table.TryGetValue(last.Name, out var existing);
        var existingLine = existing is null ? 0 : FirstLine(table, last.Name, existing);
        if (isArrayOfTables)
        {
            var array = existing switch
            {
                null => AddNew(table, last.Name, new TomlArray(headerPosition) { IsArrayOfTables = true, Depth = CheckDepth(table.Depth + 1, last.Index) }, headerPosition),
                TomlArray { IsArrayOfTables: true } aot => aot,
                _ => throw ErrorAt(start, $"cannot define array of tables [[{fullName}]]: '{fullName}' is already {WithArticle(existing.TypeName)} (defined at line {existingLine})"),
            };
            var element = new TomlTable(TomlTableOrigin.Header, headerPosition) { Depth = CheckDepth(array.Depth + 1, last.Index) };
            array.Add(element);
            return element;
        }

        switch (existing)
        {
            case null:
                var defined = new TomlTable(TomlTableOrigin.Header, headerPosition) { Depth = CheckDepth(table.Depth + 1, last.Index) };
                return AddNew(table, last.Name, defined, headerPosition);
            case TomlTable { Origin: TomlTableOrigin.ImplicitByHeader } implicitTable:
                implicitTable.Origin = TomlTableOrigin.Header;
                return implicitTable;
            case TomlTable { Origin: TomlTableOrigin.DottedKey }:
                throw ErrorAt(start, $"table [{fullName}] was already defined by dotted keys (at line {existingLine})");
            case TomlTable:
                throw ErrorAt(start, $"duplicate table [{fullName}] (first defined at line {existingLine})");
            default:
                throw ErrorAt(start, $"cannot define table [{fullName}]: '{fullName}' is already {WithArticle(existing.TypeName)} (defined at line {existingLine})");
        }
    }

    private static string WithArticle(string typeName) =>
        (typeName[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + typeName;

    private static T AddNew<T>(TomlTable table, string key, T value, TomlPosition position)
        where T : TomlValue
    {
        table.Add(key, value, position);
        return value;
    }

    private TomlTable DescendByHeader(TomlTable table, List<KeySegment> segments, int index, TomlPosition headerPosition)
    {
        var segment = segments[index];
        if (!table.TryGetValue(segment.Name, out var existing))
        {
            var created = new TomlTable(TomlTableOrigin.ImplicitByHeader, headerPosition) { Depth = CheckDepth(table.Depth + 1, segment.Index) };
            return AddNew(table, segment.Name, created, headerPosition);
        }

        var name = JoinKey(segments, index + 1);
        var line = FirstLine(table, segment.Name, existing);
        return existing switch
        {
            TomlTable { Origin: TomlTableOrigin.Inline } => throw ErrorAt(segment.Index, $"'{name}' is an inline table (defined at line {line}) and cannot be extended"),
            TomlTable subTable => subTable,
            TomlArray { IsArrayOfTables: true } array => (TomlTable)array[^1],
            _ => throw ErrorAt(segment.Index, $"key '{name}' is already {WithArticle(existing.TypeName)} (defined at line {line}), not a table"),
        };
    }
}
