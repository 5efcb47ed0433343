namespace WaiaaS.Core.Configuration;

/// <summary>A <c>[section]</c> of config.toml with its keys.</summary>
/// <param name="Name">Section name.</param>
/// <param name="Description">What the section configures; written as a comment by <c>waiaas init</c>.</param>
/// <param name="Keys">The section's keys in the order they are documented.</param>
public sealed record ConfigSection(string Name, string Description, IReadOnlyList<ConfigKey> Keys);
