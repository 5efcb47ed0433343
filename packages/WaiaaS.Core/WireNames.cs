using System.Text;

namespace WaiaaS.Core;

/// <summary>Upper snake-case wire names of enums (<c>TOKEN_TRANSFER</c>, <c>QUEUED</c>, …).</summary>
public static class WireNames
{
    /// <summary>The wire name of an enum value: <c>TokenTransfer</c> → <c>TOKEN_TRANSFER</c>.</summary>
    public static string ToWireName<T>(this T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>Parses a wire name (exact, upper snake-case); false for anything else.</summary>
    public static bool TryParse<T>(string? wire, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToWireName(), wire, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
