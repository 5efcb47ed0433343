using System.Collections;

namespace WaiaaS.Core.Toml;

/// <summary>A TOML array (values of any types, in order), or the array behind <c>[[array.of.tables]]</c>.</summary>
/// <param name="position">Where the array starts in the source.</param>
public sealed class TomlArray(TomlPosition position = default) : TomlValue(position), IReadOnlyList<TomlValue>
{
    private readonly List<TomlValue> _items = [];

    /// <summary>Initialises an array holding the given items.</summary>
    /// <param name="items">The items, in order.</param>
    /// <param name="position">Where the array starts in the source.</param>
    public TomlArray(IEnumerable<TomlValue> items, TomlPosition position = default)
        : this(position)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.Count;

    /// <inheritdoc />
    public override string TypeName => "array";

    /// <summary>Gets a value indicating whether the parser built this array from <c>[[header]]</c> sections.</summary>
    public bool IsArrayOfTables { get; internal set; }

    /// <summary>Gets the nesting depth below the document root (parser-built arrays only).</summary>
    internal int Depth { get; init; }

    /// <summary>Gets the item at an index.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The item.</returns>
    public TomlValue this[int index] => _items[index];

    /// <summary>Appends an item.</summary>
    /// <param name="item">The item.</param>
    public void Add(TomlValue item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
    }

    /// <inheritdoc />
    public IEnumerator<TomlValue> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
