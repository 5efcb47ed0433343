using System.Text.Json;

namespace WaiaaS.Tests.Shared;

/// <summary>Finds the repository (the folder holding WaiaaS.sln) from a test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The version in version.json, the one source of the product version.</summary>
    public static string Version { get; } = ReadVersion();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "WaiaaS.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("WaiaaS.sln not found above " + AppContext.BaseDirectory);
    }

    private static string ReadVersion()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(Path, "version.json")));
        return json.RootElement.GetProperty("version").GetString()!;
    }
}
