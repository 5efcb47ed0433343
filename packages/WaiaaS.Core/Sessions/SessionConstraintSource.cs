namespace WaiaaS.Core.Sessions;

/// <summary>Which level of the 3-level rule (seed 000 §39) gave a session its constraints.</summary>
public enum SessionConstraintSource
{
    /// <summary>The create request named them.</summary>
    Request,

    /// <summary>The wallet's <c>default_constraints</c>.</summary>
    Wallet,

    /// <summary><c>[security] default_constraints</c> in config.toml.</summary>
    Config,

    /// <summary>The built-in defaults (<see cref="SessionConstraintResolver.BuiltInDefaults"/>).</summary>
    BuiltIn,
}
