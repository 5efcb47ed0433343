namespace WaiaaS.Core.DataDirectory;

/// <summary>The chosen data directory and the rule that chose it.</summary>
/// <param name="Path">Absolute path.</param>
/// <param name="Source">The rule that chose it.</param>
public sealed record ResolvedDataDirectory(string Path, DataDirectorySource Source);
