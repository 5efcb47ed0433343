namespace WaiaaS.Core.Tests.Toml;

/// <summary>Locates the shared toml-test cases and the repository root, and records conformance figures.</summary>
internal static class TomlTestSuite
{
    private static readonly Lock SummaryLock = new();

    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ConfiguredDirectory { get; } =
        Environment.GetEnvironmentVariable("TOML_TEST_DIR") is { Length: > 0 } fromEnvironment
            ? Path.GetFullPath(fromEnvironment)
            : Path.GetFullPath(Path.Combine(RepositoryRoot ?? AppContext.BaseDirectory, "..", "shared", "toml-test"));

    /// <summary>Gets the suite folder when it exists (with its file list), else null.</summary>
    public static string? Directory { get; } =
        File.Exists(Path.Combine(ConfiguredDirectory, "files-toml-1.0.0")) ? ConfiguredDirectory : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Relative paths (e.g. valid/bool/bool.toml) of the TOML 1.0.0 cases under valid/ or invalid/.</summary>
    public static IReadOnlyList<string> Cases(string kind)
    {
        var directory = Directory ?? throw new InvalidOperationException($"toml-test folder not found at {ConfiguredDirectory}");
        return File.ReadAllLines(Path.Combine(directory, "files-toml-1.0.0"))
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(kind + "/", StringComparison.Ordinal) && line.EndsWith(".toml", StringComparison.Ordinal))
            .ToList();
    }

    public static string FullPath(string relativePath) =>
        Path.Combine(Directory ?? ConfiguredDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes one figure line (replacing an older line with the same label) to artifacts/test-results/toml-test-summary.txt.</summary>
    public static void RecordFigure(string label, string line)
    {
        var folder = Path.Combine(RepositoryRoot ?? AppContext.BaseDirectory, "artifacts", "test-results");
        var file = Path.Combine(folder, "toml-test-summary.txt");
        lock (SummaryLock)
        {
            System.IO.Directory.CreateDirectory(folder);
            var lines = File.Exists(file)
                ? File.ReadAllLines(file).Where(existing => !existing.StartsWith(label, StringComparison.Ordinal)).ToList()
                : [];
            lines.Add(line);
            lines.Sort(StringComparer.Ordinal);
            File.WriteAllLines(file, lines);
        }
    }

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WaiaaS.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
