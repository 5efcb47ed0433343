using System.Text;

namespace WaiaaS.Core.Toml;

/// <summary>
/// Builds TOML text line by line (comments, headers, key/value pairs) and serialises whole documents.
/// Output uses LF line endings and always re-parses with <see cref="TomlParser"/>.
/// </summary>
public sealed partial class TomlWriter
{
    private readonly StringBuilder _output = new();

    /// <summary>Writes a comment; each line of <paramref name="text"/> (split on '\n') becomes a <c># </c> line.</summary>
    /// <param name="text">The comment text.</param>
    public void Comment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var line in text.Split('\n'))
        {
            var clean = SanitiseComment(line.TrimEnd('\r'));
            _output.Append(clean.Length == 0 ? "#" : "# " + clean).Append('\n');
        }
    }

    /// <summary>Writes an empty line.</summary>
    public void BlankLine() => _output.Append('\n');

    /// <summary>Writes a table header such as <c>[a.b]</c>.</summary>
    /// <param name="path">The key path of the table.</param>
    public void Table(params string[] path) => _output.Append('[').Append(FormatPath(path)).Append("]\n");

    /// <summary>Writes an array-of-tables header such as <c>[[a.b]]</c>.</summary>
    /// <param name="path">The key path of the array.</param>
    public void ArrayOfTablesHeader(params string[] path) => _output.Append("[[").Append(FormatPath(path)).Append("]]\n");

    /// <summary>Writes <c>key = value</c>, optionally followed by <c># trailing comment</c>.</summary>
    /// <param name="key">The key (quoted when it cannot be bare).</param>
    /// <param name="value">The value (tables are written inline).</param>
    /// <param name="trailingComment">An optional comment on the same line.</param>
    public void KeyValue(string key, TomlValue value, string? trailingComment = null)
    {
        _output.Append(FormatKey(key)).Append(" = ").Append(FormatValue(value));
        AppendTrailingComment(trailingComment);
    }

    /// <summary>
    /// Writes <c># key = value</c>: a setting shown with its default but not set. Removing the <c># </c> makes it a
    /// valid key/value line.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The default value.</param>
    /// <param name="trailingComment">An optional comment on the same line.</param>
    public void CommentedKeyValue(string key, TomlValue value, string? trailingComment = null)
    {
        // Control characters are escaped by FormatValue, so the commented line is a valid comment.
        _output.Append("# ").Append(FormatKey(key)).Append(" = ").Append(FormatValue(value));
        AppendTrailingComment(trailingComment);
    }

    /// <summary>Returns the text written so far.</summary>
    /// <returns>The TOML text.</returns>
    public override string ToString() => _output.ToString();

    /// <summary>Serialises a document: each table's plain values first, then sub-tables as <c>[headers]</c> and arrays of tables as <c>[[headers]]</c>.</summary>
    /// <param name="document">The root table.</param>
    /// <returns>TOML text for which <c>TomlParser.Parse(text)</c> equals <paramref name="document"/>.</returns>
    public static string Write(TomlTable document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var writer = new TomlWriter();
        writer.WriteTableBody(document, []);
        return writer.ToString();
    }

    private void WriteTableBody(TomlTable table, List<string> path)
    {
        foreach (var (key, value) in table)
        {
            if (!IsSection(value) && !IsArrayOfSections(value))
            {
                KeyValue(key, value);
            }
        }

        foreach (var (key, value) in table)
        {
            if (IsSection(value))
            {
                path.Add(key);
                SeparateSection();
                Table([.. path]);
                WriteTableBody((TomlTable)value, path);
                path.RemoveAt(path.Count - 1);
            }
            else if (IsArrayOfSections(value))
            {
                path.Add(key);
                foreach (var element in (TomlArray)value)
                {
                    SeparateSection();
                    ArrayOfTablesHeader([.. path]);
                    WriteTableBody((TomlTable)element, path);
                }

                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private void SeparateSection()
    {
        if (_output.Length > 0)
        {
            BlankLine();
        }
    }

    private static bool IsSection(TomlValue value) => value is TomlTable { IsInline: false };

    private static bool IsArrayOfSections(TomlValue value) =>
        value is TomlArray { Count: > 0 } array && array.All(IsSection);

    private void AppendTrailingComment(string? trailingComment)
    {
        if (!string.IsNullOrEmpty(trailingComment))
        {
            _output.Append("  # ").Append(SanitiseComment(trailingComment.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ')));
        }

        _output.Append('\n');
    }

    /// <summary>Comments may not hold control characters other than tab; they are replaced by spaces.</summary>
    private static string SanitiseComment(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(c is (< ' ' and not '\t') or '\u007F' ? ' ' : c);
        }

        return clean.ToString();
    }

    private static string FormatPath(string[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            throw new ArgumentException("A table path needs at least one key.", nameof(path));
        }

        return string.Join('.', path.Select(FormatKey));
    }
}
