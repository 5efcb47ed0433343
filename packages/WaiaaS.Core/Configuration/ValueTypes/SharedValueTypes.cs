namespace WaiaaS.Core.Configuration.ValueTypes;

/// <summary>Value types used by several keys (a separate class so schema initialisation order cannot see them unset).</summary>
internal static class SharedValueTypes
{
    public static ArrayValueType<string> Strings { get; } = new(StringValueType.Instance, "strings");

    public static ArrayValueType<long> Integers { get; } = new(new IntegerValueType(long.MinValue, long.MaxValue), "integers");
}
