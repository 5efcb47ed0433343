namespace WaiaaS.Core.Toml;

/// <summary>A TOML value: a string, integer, float, boolean, date-time, array or table.</summary>
public abstract class TomlValue
{
    /// <summary>Initialises the value with the position where it starts in the source.</summary>
    /// <param name="position">The source position, or <c>default</c> for values built in code.</param>
    protected TomlValue(TomlPosition position)
    {
        Position = position;
    }

    /// <summary>Gets where the value starts in the source; <c>default</c> for values built in code.</summary>
    public TomlPosition Position { get; }

    /// <summary>Gets a human-readable type name for messages: "string", "integer", "float", "boolean", "datetime", "array" or "table".</summary>
    public abstract string TypeName { get; }
}
