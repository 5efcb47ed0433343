using System.CommandLine;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.DataDirectory;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas init</c>: creates the data directory with a commented config.toml; safe to run again.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Create the data directory (folders 0700, a commented config.toml 0600). Running it again changes nothing.");
        command.SetAction(parse => Run(context, parse.GetValue(CommonOptions.DataDir)));
        return command;
    }

    private static int Run(CliContext context, string? dataDirFlag)
    {
        var resolved = DataDirectoryResolver.Resolve(dataDirFlag, context.Environment, context.HomeDirectory);
        var layout = new DataDirectoryLayout(resolved.Path);
        var result = DataDirectoryInitializer.Initialize(layout, DefaultConfigFile.Render(ProductVersion.Current));
        if (!result.Succeeded)
        {
            context.Error.WriteLine("error: refusing to use the data directory: " + result.Refusal);
            return ExitCodes.UnsafeDataDirectory;
        }

        foreach (var warning in result.Warnings)
        {
            context.Error.WriteLine("warning: " + warning);
        }

        // The file may predate this run (or have been edited): check it now rather than at the first start.
        var config = ConfigLoader.Load(layout.ConfigFile, new Dictionary<string, string>());
        if (result.WasAlreadyInitialized)
        {
            context.Error.WriteLine($"Already initialised: {layout.Root} ({Describe(resolved.Source)}). Nothing was changed.");
        }
        else
        {
            context.Error.WriteLine($"Initialised the WaiaaS data directory at {layout.Root} ({Describe(resolved.Source)}).");
            foreach (var path in result.Created)
            {
                context.Error.WriteLine("  created " + path);
            }

            context.Error.WriteLine($"Review the settings in {layout.ConfigFile}; every key is listed there with its default.");
        }

        context.Output.WriteLine(layout.Root);
        if (!config.Succeeded)
        {
            context.Error.WriteLine($"error: {layout.ConfigFile} is not valid:");
            foreach (var error in config.Errors)
            {
                context.Error.WriteLine("  " + error);
            }

            return ExitCodes.ConfigInvalid;
        }

        return ExitCodes.Success;
    }

    private static string Describe(DataDirectorySource source) => source switch
    {
        DataDirectorySource.Flag => "from --data-dir",
        DataDirectorySource.EnvironmentVariable => "from " + DataDirectoryResolver.EnvironmentVariable,
        DataDirectorySource.XdgDataHome => "from $XDG_DATA_HOME",
        _ => "the default location",
    };
}
