namespace WaiaaS.Cli;

/// <summary>Where the daemon of a data directory listens: an explicit URL, else the running daemon's, else the configured one.</summary>
internal static class DaemonAddress
{
    /// <summary>The daemon's base address, or null (with a message on stderr) when it cannot be known.</summary>
    public static Uri? Resolve(CliContext context, LoadedDataDirectory loaded, string? explicitUrl)
    {
        if (explicitUrl is not null)
        {
            if (!Uri.TryCreate(explicitUrl, UriKind.Absolute, out var given) || given.Scheme is not ("http" or "https"))
            {
                context.Error.WriteLine("error: --url must be an absolute http(s) URL, e.g. http://127.0.0.1:3100.");
                return null;
            }

            return new Uri(given.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        }

        using (var running = DaemonConnection.Find(loaded))
        {
            if (running is not null)
            {
                return running.BaseAddress;
            }
        }

        if (loaded.Config.Daemon.Port == 0)
        {
            context.Error.WriteLine("error: the daemon is not running and [daemon] port is 0 (a free port at each start), so its address is unknown. Start it first or pass --url.");
            return null;
        }

        using var configured = DaemonConnection.For(loaded.Config.Daemon.Hostname, loaded.Config.Daemon.Port);
        return configured.BaseAddress;
    }
}
