using WaiaaS.Core.Configuration;

namespace WaiaaS.Core.Sessions;

/// <summary>The constraints a new session gets and the level they came from.</summary>
/// <param name="Constraints">The constraints.</param>
/// <param name="Source">The level of the 3-level rule that supplied them.</param>
public sealed record ResolvedSessionConstraints(SessionConstraintSettings Constraints, SessionConstraintSource Source);
