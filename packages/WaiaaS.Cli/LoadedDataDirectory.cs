using WaiaaS.Core.Configuration;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.FileSystem;

namespace WaiaaS.Cli;

/// <summary>A resolved, checked data directory with its loaded configuration, or the exit code saying why not.</summary>
internal sealed record LoadedDataDirectory(DataDirectoryLayout Layout, WaiaasConfig Config)
{
    /// <summary>Resolves the data directory (creating it when <paramref name="initialize"/>), checks it and loads config.toml.</summary>
    public static (LoadedDataDirectory? Loaded, int ExitCode) Load(CliContext context, string? dataDirFlag, bool initialize)
    {
        var resolved = DataDirectoryResolver.Resolve(dataDirFlag, context.Environment, context.HomeDirectory);
        var layout = new DataDirectoryLayout(resolved.Path);
        if (initialize)
        {
            var init = DataDirectoryInitializer.Initialize(layout, DefaultConfigFile.Render(ProductVersion.Current));
            if (!init.Succeeded)
            {
                context.Error.WriteLine("error: refusing to use the data directory: " + init.Refusal);
                return (null, ExitCodes.UnsafeDataDirectory);
            }

            foreach (var warning in init.Warnings)
            {
                context.Error.WriteLine("warning: " + warning);
            }

            if (!init.WasAlreadyInitialized)
            {
                context.Error.WriteLine($"Initialised the data directory at {layout.Root}.");
            }
        }
        else if (!Directory.Exists(layout.Root))
        {
            context.Error.WriteLine($"error: {layout.Root} does not exist. Run 'waiaas init' (or 'waiaas start') first.");
            return (null, ExitCodes.NotRunning);
        }

        var refusal = DataDirectorySafety.Check(layout.Root) ?? CheckConfigFile(layout.ConfigFile);
        if (refusal is not null)
        {
            context.Error.WriteLine("error: refusing to use the data directory: " + refusal);
            return (null, ExitCodes.UnsafeDataDirectory);
        }

        var config = ConfigLoader.Load(layout.ConfigFile, context.Environment);
        if (!config.Succeeded)
        {
            context.Error.WriteLine($"error: the configuration is not valid ({layout.ConfigFile} and WAIAAS_* variables):");
            foreach (var error in config.Errors)
            {
                context.Error.WriteLine("  " + error);
            }

            return (null, ExitCodes.ConfigInvalid);
        }

        return (new LoadedDataDirectory(layout, config.Config!), ExitCodes.Success);
    }

    // config.toml may hold secrets (bot tokens, webhook URLs) and decides where funds can go: others must not write it.
    private static string? CheckConfigFile(string path)
    {
        if (!File.Exists(path) || !PrivateFileModes.Supported)
        {
            return null;
        }

        if (PrivateFileModes.IsSymbolicLink(path))
        {
            return $"{path} is a symbolic link; replace it with the file itself.";
        }

        var mode = File.GetUnixFileMode(path);
        return (mode & PrivateFileModes.WritableByOthers) != 0
            ? $"{path} is writable by other users (mode {PrivateFileModes.Octal(mode)}); run: chmod 600 {path}"
            : null;
    }
}
