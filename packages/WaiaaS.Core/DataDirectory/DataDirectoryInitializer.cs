using System.Text;
using WaiaaS.Core.FileSystem;

namespace WaiaaS.Core.DataDirectory;

/// <summary>
/// Creates the data-directory layout: folders 0700 and a commented config.toml (0600). Idempotent: what
/// exists is left untouched, and a complete directory is reported as already initialised.
/// </summary>
public static class DataDirectoryInitializer
{
    /// <summary>Initialises <paramref name="layout"/>, writing <paramref name="configText"/> when config.toml is missing.</summary>
    public static DataDirectoryInitResult Initialize(DataDirectoryLayout layout, string configText)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var created = new List<string>();
        foreach (var folder in layout.Folders)
        {
            if (DataDirectorySafety.Check(folder) is { } unsafeReason)
            {
                return DataDirectoryInitResult.Refused(unsafeReason, created);
            }

            if (!Directory.Exists(folder))
            {
                PrivateFileModes.CreatePrivateFolder(folder);
                created.Add(folder);
            }
        }

        if (PrivateFileModes.IsSymbolicLink(layout.ConfigFile))
        {
            return DataDirectoryInitResult.Refused($"{layout.ConfigFile} is a symbolic link; replace it with a regular file.", created);
        }

        if (Directory.Exists(layout.ConfigFile))
        {
            return DataDirectoryInitResult.Refused($"{layout.ConfigFile} is a folder; move it away so the configuration file can be written.", created);
        }

        if (!File.Exists(layout.ConfigFile))
        {
            AtomicFileWriter.Write(layout.ConfigFile, Encoding.UTF8.GetBytes(configText));
            created.Add(layout.ConfigFile);
        }

        var warnings = PrivateFileModes.Supported
            ? []
            : new[] { "File permissions are not set on Windows: the data directory is protected by your user profile's access rules. Keep it inside your profile." };
        return DataDirectoryInitResult.Done(created, warnings);
    }
}
