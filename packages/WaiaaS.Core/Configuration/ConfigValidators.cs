using System.Net;

namespace WaiaaS.Core.Configuration;

/// <summary>Checks shared by several keys; each returns an error message or null.</summary>
internal static class ConfigValidators
{
    public static Func<string, string?> OneOf(params string[] allowed) =>
        value => allowed.Contains(value, StringComparer.Ordinal) ? null : $"must be one of {string.Join(", ", allowed.Select(a => $"\"{a}\""))}, got \"{value}\"";

    public static string? HttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.UserInfo)
            ? null
            : $"must be an absolute http:// or https:// URL without credentials, got \"{WithoutCredentials(value)}\"";

    // A refused URL is quoted back to the operator; a password in it must not reach logs or terminals.
    private static string WithoutCredentials(string value)
    {
        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        var authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var authorityEnd = value.IndexOfAny(['/', '?', '#'], authorityStart);
        var authority = value.AsSpan(authorityStart, (authorityEnd < 0 ? value.Length : authorityEnd) - authorityStart);
        var at = authority.LastIndexOf('@');
        return at < 0 ? value : string.Concat(value.AsSpan(0, authorityStart), "<redacted>", value.AsSpan(authorityStart + at));
    }

    public static string? HttpUrlOrEmpty(string value) => value.Length == 0 ? null : HttpUrl(value);

    // IPAddress.TryParse also takes shorthand such as "3100" (= 0.0.12.28) or "127.1"; a bind address must be
    // written out (four dotted parts, or IPv6), so a port pasted here is caught now rather than at start.
    public static string? BindAddress(string value) =>
        value == "localhost"
        || (IPAddress.TryParse(value, out var address)
            && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || value.Split('.').Length == 4))
            ? null
            : $"must be an IP address (e.g. \"127.0.0.1\") or \"localhost\", got \"{value}\"";

    public static string? DatabasePath(string value) =>
        value.Length == 0 || value.Contains('\0', StringComparison.Ordinal) || value.EndsWith('/') || value.EndsWith('\\')
            ? $"must be a file path (relative to the data directory or absolute), got \"{value}\""
            : null;

    public static string? TimeZone(string value) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(value, out _) ? null : $"must be an IANA time zone such as \"UTC\" or \"Asia/Seoul\", got \"{value}\"";

    public static Func<System.Collections.Immutable.ImmutableArray<string>, string?> Each(Func<string, string?> check, bool unique = false) =>
        values =>
        {
            if (unique && values.Distinct(StringComparer.Ordinal).Count() != values.Length)
            {
                return "must not list a value twice";
            }

            return values.Select(check).FirstOrDefault(e => e is not null);
        };

    public static string? TelegramBotToken(string value)
    {
        // BotFather tokens look like "123456789:AA..." ; checking the shape catches pasted chat ids or URLs early.
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var valid = value.Length == 0
            || (colon > 0 && value[..colon].All(char.IsAsciiDigit) && value.Length - colon - 1 >= 30
                && value[(colon + 1)..].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
        return valid ? null : "must look like \"<bot id>:<secret>\" as issued by @BotFather";
    }
}
