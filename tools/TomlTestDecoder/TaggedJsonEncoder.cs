using System.Globalization;
using System.Text;
using System.Text.Json;
using WaiaaS.Core.Toml;

namespace TomlTestDecoder;

/// <summary>Converts a parsed TOML document to toml-test's tagged JSON: every scalar becomes <c>{"type": T, "value": "..."}</c>.</summary>
public static class TaggedJsonEncoder
{
    /// <summary>Encodes a document as indented tagged JSON.</summary>
    /// <param name="document">The parsed document.</param>
    /// <returns>The JSON text.</returns>
    public static string Encode(TomlTable document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            WriteValue(writer, document);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The toml-test type tag of a scalar.</summary>
    /// <param name="value">A scalar value.</param>
    /// <returns>string, integer, float, bool, datetime, datetime-local, date-local or time-local.</returns>
    public static string TypeTag(TomlValue value) => value switch
    {
        TomlString => "string",
        TomlInteger => "integer",
        TomlFloat => "float",
        TomlBoolean => "bool",
        TomlDateTime { Kind: TomlDateTimeKind.OffsetDateTime } => "datetime",
        TomlDateTime { Kind: TomlDateTimeKind.LocalDateTime } => "datetime-local",
        TomlDateTime { Kind: TomlDateTimeKind.LocalDate } => "date-local",
        TomlDateTime => "time-local",
        _ => throw new ArgumentException("Arrays and tables have no type tag.", nameof(value)),
    };

    private static void WriteValue(Utf8JsonWriter writer, TomlValue value)
    {
        switch (value)
        {
            case TomlTable table:
                writer.WriteStartObject();
                foreach (var (key, item) in table)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case TomlArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                writer.WriteString("type", TypeTag(value));
                writer.WriteString("value", ScalarText(value));
                writer.WriteEndObject();
                break;
        }
    }

    private static string ScalarText(TomlValue value) => value switch
    {
        TomlString s => s.Value,
        TomlInteger i => i.Value.ToString(CultureInfo.InvariantCulture),
        TomlFloat f => FloatText(f.Value),
        TomlBoolean b => b.Value ? "true" : "false",
        TomlDateTime d => d.ToRfc3339String(),
        _ => throw new ArgumentException("Not a scalar.", nameof(value)),
    };

    private static string FloatText(double value) => value switch
    {
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        _ when double.IsNaN(value) => "nan",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
