namespace WaiaaS.Core.DataDirectory;

/// <summary>What <see cref="DataDirectoryInitializer"/> did.</summary>
public sealed class DataDirectoryInitResult
{
    private DataDirectoryInitResult(string? refusal, IReadOnlyList<string> created, IReadOnlyList<string> warnings)
    {
        Refusal = refusal;
        Created = created;
        Warnings = warnings;
    }

    /// <summary>Why the directory was refused; null on success.</summary>
    public string? Refusal { get; }

    /// <summary>Folders and files created by this run, in order.</summary>
    public IReadOnlyList<string> Created { get; }

    /// <summary>Things the operator should know (e.g. no POSIX permissions on Windows).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Whether the directory is now initialised.</summary>
    public bool Succeeded => Refusal is null;

    /// <summary>Whether everything already existed, so nothing was changed.</summary>
    public bool WasAlreadyInitialized => Succeeded && Created.Count == 0;

    internal static DataDirectoryInitResult Done(IReadOnlyList<string> created, IReadOnlyList<string> warnings) => new(null, created, warnings);

    internal static DataDirectoryInitResult Refused(string reason, IReadOnlyList<string> created) => new(reason, created, []);
}
