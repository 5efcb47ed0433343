using WaiaaS.Core.Sessions;
using WaiaaS.Core.Tests.FileSystem;

namespace WaiaaS.Core.Tests.Sessions;

/// <summary>A temp folder plus real tokens (issued by <see cref="SessionTokenCodec"/>) for the token-file tests.</summary>
internal sealed class TokenFileFixture : IDisposable
{
    private const long Now = 1_800_000_000;
    private static readonly byte[] Secret = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    public TempFolder Folder { get; } = new();

    public static string Token(int n = 1) =>
        SessionTokenCodec.Issue(new SessionTokenClaims($"0190f3b2-7c4e-7000-8000-{n:D12}", ["w-1"], Now, Now + 3600), Secret);

    /// <summary>Writes raw bytes the way an attacker or a careless editor would, then gives the file mode 0600.</summary>
    public string WriteRaw(string name, byte[] content)
    {
        var path = Folder.Combine(name);
        File.WriteAllBytes(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    public string[] Entries() => [.. Directory.GetFileSystemEntries(Folder.Path).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal)];

    public void Dispose() => Folder.Dispose();
}
