namespace WaiaaS.Core.Configuration;

/// <summary>A <c>[section]</c> of config.toml with its keys.</summary>
/// <param name="Name">Section name.</param>
/// <param name="Description">What the section configures; written as a comment by <c>waiaas init</c>.</param>
/// <param name="Keys">The section's keys in the order they are documented.</param>
/// <param name="WrittenOut">Whether <c>waiaas init</c> writes the keys set (uncommented) rather than as commented
/// defaults: for sections the operator must see, such as the hosts contacted for prices.</param>
public sealed record ConfigSection(string Name, string Description, IReadOnlyList<ConfigKey> Keys, bool WrittenOut = false);
