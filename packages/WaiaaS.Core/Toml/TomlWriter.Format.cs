using System.Globalization;
using System.Text;

namespace WaiaaS.Core.Toml;

/// <summary>Formatting of keys and values as single-line TOML.</summary>
public sealed partial class TomlWriter
{
    /// <summary>Formats a key: bare when it only has A-Z, a-z, 0-9, '_' and '-', otherwise a quoted basic string.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The key as TOML.</returns>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var isBare = key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
        return isBare ? key : FormatString(key);
    }

    /// <summary>Formats a value on one line: arrays as <c>[a, b]</c> and tables as inline tables.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value as TOML.</returns>
    public static string FormatValue(TomlValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder();
        AppendValue(text, value);
        return text.ToString();
    }

    private static void AppendValue(StringBuilder text, TomlValue value)
    {
        switch (value)
        {
            case TomlString s:
                text.Append(FormatString(s.Value));
                break;
            case TomlInteger i:
                text.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case TomlFloat f:
                text.Append(FormatFloat(f.Value));
                break;
            case TomlBoolean b:
                text.Append(b.Value ? "true" : "false");
                break;
            case TomlDateTime d:
                text.Append(d.ToRfc3339String());
                break;
            case TomlArray array:
                AppendArray(text, array);
                break;
            case TomlTable table:
                AppendInlineTable(text, table);
                break;
            default:
                throw new ArgumentException($"Unknown TOML value type {value.GetType().Name}.", nameof(value));
        }
    }

    private static void AppendArray(StringBuilder text, TomlArray array)
    {
        text.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ");
            AppendValue(text, array[i]);
        }

        text.Append(']');
    }

    private static void AppendInlineTable(StringBuilder text, TomlTable table)
    {
        if (table.Count == 0)
        {
            text.Append("{}");
            return;
        }

        text.Append("{ ");
        var first = true;
        foreach (var (key, item) in table)
        {
            text.Append(first ? string.Empty : ", ").Append(FormatKey(key)).Append(" = ");
            AppendValue(text, item);
            first = false;
        }

        text.Append(" }");
    }

    /// <summary>Shortest round-trip form, always with a '.' or exponent so it re-parses as a float.</summary>
    private static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>A basic string with TOML escapes; other control characters become \uXXXX.</summary>
    private static string FormatString(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                case < ' ' or '\u007F':
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        throw new ArgumentException("The string contains an unpaired surrogate, which TOML cannot represent.", nameof(value));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
