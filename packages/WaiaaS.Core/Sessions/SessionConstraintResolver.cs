using WaiaaS.Core.Configuration;
using WaiaaS.Core.Errors;

namespace WaiaaS.Core.Sessions;

/// <summary>
/// The default-constraints rule (SPEC §6, seed 000 §39), in one place for every way a session is made (REST, CLI
/// <c>mcp setup</c>/<c>refresh-token</c>, Telegram <c>/newsession</c>): the request's constraints &gt; the wallets'
/// <c>default_constraints</c> &gt; <c>[security] default_constraints</c> &gt; <see cref="BuiltInDefaults"/>.
/// The first level that is set supplies the whole set; levels are not merged field by field.
/// </summary>
public static class SessionConstraintResolver
{
    /// <summary>
    /// The built-in defaults: no narrowing. A session's reach is then the wallet's environment and the policies
    /// (which deny by default where SPEC §8 says so); constraints are a narrowing the operator opts into.
    /// </summary>
    public static SessionConstraintSettings BuiltInDefaults { get; } = new();

    /// <summary>Applies the rule.</summary>
    /// <param name="requested">The request's constraints; null when it named none (an explicit empty object counts as set).</param>
    /// <param name="walletDefaults">
    /// Each bound wallet's <c>default_constraints</c> (null where a wallet has none). Wallets that have defaults must
    /// agree; otherwise the request has to name constraints (no silent choice of one wallet's rules over another's).
    /// </param>
    /// <param name="configured"><c>[security] default_constraints</c>; an empty table counts as not set.</param>
    public static Result<ResolvedSessionConstraints> Resolve(
        SessionConstraintSettings? requested,
        IReadOnlyList<SessionConstraintSettings?> walletDefaults,
        SessionConstraintSettings? configured)
    {
        ArgumentNullException.ThrowIfNull(walletDefaults);
        if (requested is not null)
        {
            return new ResolvedSessionConstraints(requested, SessionConstraintSource.Request);
        }

        var distinct = walletDefaults.OfType<SessionConstraintSettings>().Distinct().ToList();
        if (distinct.Count > 1)
        {
            return new Failure(ErrorCodes.ValidationFailed, "the wallets have different default_constraints; name the session's constraints in the request.");
        }

        if (distinct.Count == 1)
        {
            return new ResolvedSessionConstraints(distinct[0], SessionConstraintSource.Wallet);
        }

        return configured is not null && !SessionConstraintJson.IsUnconstrained(configured)
            ? new ResolvedSessionConstraints(configured, SessionConstraintSource.Config)
            : new ResolvedSessionConstraints(BuiltInDefaults, SessionConstraintSource.BuiltIn);
    }
}
