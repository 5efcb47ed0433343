using System.CommandLine;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli;

/// <summary><c>--ttl</c>, <c>--max-renewals</c>, <c>--lifetime</c>: a new session's limits (absent: the daemon's defaults).</summary>
internal sealed class SessionLimitOptions
{
    public Option<long?> Ttl { get; } = new("--ttl") { Description = "Seconds one token lives (default [security] session_ttl; 0 = unlimited)", HelpName = "seconds" };

    public Option<int?> MaxRenewals { get; } = new("--max-renewals") { Description = "Renewals allowed (default [security] session_max_renewals; 0 = unlimited)", HelpName = "n" };

    public Option<long?> Lifetime { get; } = new("--lifetime") { Description = "Seconds the session lives across renewals (default [security] session_absolute_lifetime; 0 = unlimited)", HelpName = "seconds" };

    public SessionLimitOptions()
    {
        NotNegative(Ttl);
        NotNegative(MaxRenewals);
        NotNegative(Lifetime);
    }

    public void AddTo(Command command)
    {
        command.Add(Ttl);
        command.Add(MaxRenewals);
        command.Add(Lifetime);
    }

    /// <summary>A request for <paramref name="walletIds"/> with the limits given on the command line.</summary>
    public CreateSessionRequest Request(ParseResult parse, IReadOnlyList<string> walletIds, string source, System.Text.Json.Nodes.JsonObject? constraints = null) =>
        new(WalletIds: walletIds, Ttl: parse.GetValue(Ttl), MaxRenewals: parse.GetValue(MaxRenewals), AbsoluteLifetime: parse.GetValue(Lifetime), Constraints: constraints, Source: source);

    // Reads the token itself: GetValueOrDefault throws on a value that does not convert (its own error reports that).
    private static void NotNegative<T>(Option<T?> option)
        where T : struct
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && long.TryParse(result.Tokens[0].Value, System.Globalization.CultureInfo.InvariantCulture, out var value) && value < 0)
            {
                result.AddError($"{option.Name} must be 0 or more.");
            }
        });
    }
}
