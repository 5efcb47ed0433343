namespace WaiaaS.Core.Policies;

/// <summary>
/// How policy rules recognise and compare addresses without knowing the chain: EVM addresses (<c>0x</c> + 40 hex digits)
/// compare case-insensitively (EIP-55 checksums are only a spelling), Solana base58 addresses compare exactly.
/// </summary>
public static class AddressFormat
{
    /// <summary>The asset key of the chain's native coin in per-asset limits.</summary>
    public const string NativeAsset = "native";

    /// <summary>An equality comparer with these rules, for sets and maps keyed by address.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new AddressComparer();

    /// <summary>Whether a string looks like an EVM (<c>0x</c> + 40 hex digits) or Solana (base58, 32–44 characters) address.</summary>
    public static bool IsAddress(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsEvm(value) || (value.Length is >= 32 and <= 44 && value.All(IsBase58));
    }

    /// <summary>Whether two addresses are the same under these rules.</summary>
    public static bool Same(string? a, string? b) => a is not null && b is not null && Comparer.Equals(a, b);

    /// <summary>An error message when <paramref name="value"/> is no address, else null (for validators).</summary>
    public static string? Check(string value) => IsAddress(value) ? null : "must be an address (0x + 40 hex digits, or a base58 Solana address)";

    private static bool IsEvm(string value) =>
        value.Length == 42 && value.StartsWith("0x", StringComparison.Ordinal) && value.AsSpan(2).ContainsAnyExcept(HexDigits) is false;

    private static bool IsBase58(char c) => char.IsAsciiLetterOrDigit(c) && c is not ('0' or 'O' or 'I' or 'l');

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private sealed class AddressComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) =>
            x is not null && y is not null && (IsEvm(x) && IsEvm(y) ? string.Equals(x, y, StringComparison.OrdinalIgnoreCase) : string.Equals(x, y, StringComparison.Ordinal));

        public int GetHashCode(string obj) =>
            IsEvm(obj) ? StringComparer.OrdinalIgnoreCase.GetHashCode(obj) : StringComparer.Ordinal.GetHashCode(obj);
    }
}
