using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace WaiaaS.Core.Toml;

/// <summary>A TOML table: keys (compared ordinally) mapped to values, in insertion order.</summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A TOML table is named after the TOML concept, not a .NET collection.")]
public sealed class TomlTable : TomlValue, IEnumerable<KeyValuePair<string, TomlValue>>
{
    private readonly Dictionary<string, int> _indexByKey = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, TomlValue>> _entries = [];
    private readonly List<TomlPosition> _keyPositions = [];

    /// <summary>Initialises an empty table.</summary>
    /// <param name="isInline">Whether the table is (to be written as) an inline table.</param>
    /// <param name="position">Where the table starts in the source.</param>
    public TomlTable(bool isInline = false, TomlPosition position = default)
        : base(position)
    {
        IsInline = isInline;
        Origin = isInline ? TomlTableOrigin.Inline : TomlTableOrigin.Code;
    }

    internal TomlTable(TomlTableOrigin origin, TomlPosition position)
        : base(position)
    {
        IsInline = origin == TomlTableOrigin.Inline;
        Origin = origin;
    }

    /// <summary>Gets the number of keys.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the keys in insertion order.</summary>
    public IEnumerable<string> Keys => _entries.Select(entry => entry.Key);

    /// <summary>Gets a value indicating whether this is an inline table (<c>{ ... }</c>).</summary>
    public bool IsInline { get; }

    /// <inheritdoc />
    public override string TypeName => "table";

    internal TomlTableOrigin Origin { get; set; }

    /// <summary>Gets the nesting depth below the document root (parser-built tables only).</summary>
    internal int Depth { get; init; }

    /// <summary>Gets the value for a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The key is not present.</exception>
    public TomlValue this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the table.");

    /// <summary>Looks up a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value when found.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TomlValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_indexByKey.TryGetValue(key, out var index))
        {
            value = _entries[index].Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Returns whether the table has a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether the key is present.</returns>
    public bool ContainsKey(string key) => _indexByKey.ContainsKey(key);

    /// <summary>Adds a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="keyPosition">Where the key was defined in the source.</param>
    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(string key, TomlValue value, TomlPosition keyPosition = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!_indexByKey.TryAdd(key, _entries.Count))
        {
            throw new ArgumentException($"The key '{key}' is already in the table.", nameof(key));
        }

        _entries.Add(new KeyValuePair<string, TomlValue>(key, value));
        _keyPositions.Add(keyPosition);
    }

    /// <summary>Gets where a key was first defined: the header for <c>[a.b]</c>, the segment for dotted keys.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The position, or <c>default</c> when unknown or absent.</returns>
    public TomlPosition GetKeyPosition(string key) =>
        _indexByKey.TryGetValue(key, out var index) ? _keyPositions[index] : default;

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, TomlValue>> GetEnumerator() => _entries.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
