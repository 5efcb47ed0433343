using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Sessions;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// The 3-level default-constraints rule with the daemon's data: request &gt; the wallets' <c>default_constraints</c>
/// &gt; <c>[security] default_constraints</c> &gt; built-in (<see cref="SessionConstraintResolver"/>). Every way of
/// creating a session (REST, CLI <c>mcp setup</c>, Telegram <c>/newsession</c>) goes through
/// <see cref="SessionService.CreateAsync"/>, which calls this.
/// </summary>
internal sealed class SessionConstraintDefaults(SecuritySettings security)
{
    /// <summary>Resolves the constraints of a session on <paramref name="walletIds"/> (read from <paramref name="db"/>).</summary>
    public async Task<Result<ResolvedSessionConstraints>> ResolveAsync(
        WaiaasDbContext db,
        IReadOnlyCollection<string> walletIds,
        SessionConstraintSettings? requested,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wallets = await db.Wallets.AsNoTracking().Where(w => walletIds.Contains(w.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Resolve(wallets, requested);
    }

    /// <summary>Resolves the constraints of a session on <paramref name="wallets"/>.</summary>
    public Result<ResolvedSessionConstraints> Resolve(IEnumerable<WalletEntity> wallets, SessionConstraintSettings? requested)
    {
        var defaults = new List<SessionConstraintSettings?>();
        foreach (var wallet in wallets)
        {
            if (wallet.DefaultConstraints is not { } json)
            {
                defaults.Add(null);
                continue;
            }

            var parsed = SessionConstraintJson.Parse(json);
            if (!parsed.Succeeded)
            {
                return new Failure(ErrorCodes.ValidationFailed, $"wallet '{wallet.Name}' has invalid default_constraints: {parsed.Failure.Message}");
            }

            defaults.Add(parsed.Value);
        }

        return SessionConstraintResolver.Resolve(requested, defaults, security.DefaultConstraints);
    }
}
