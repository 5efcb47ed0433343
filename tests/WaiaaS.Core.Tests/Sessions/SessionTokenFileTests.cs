using System.Text;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.Errors;
using WaiaaS.Core.FileSystem;
using WaiaaS.Core.Sessions;

namespace WaiaaS.Core.Tests.Sessions;

public sealed class SessionTokenFileTests : IDisposable
{
    private readonly TokenFileFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Write_ThenRead_RoundTripsTheExactToken()
    {
        var path = _fixture.Folder.Combine("mcp-token");
        var token = TokenFileFixture.Token();

        Assert.Null(SessionTokenFile.Write(path, token));
        var read = SessionTokenFile.Read(path);

        Assert.True(read.Succeeded, read.Failure?.Message);
        Assert.Equal(token, read.Value);
        Assert.Equal(Encoding.ASCII.GetBytes(token), File.ReadAllBytes(path));
    }

    [Fact]
    public void S01_Write_CreatesTheFileWithMode0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only
        }

        var path = _fixture.Folder.Combine("mcp-token");

        Assert.Null(SessionTokenFile.Write(path, TokenFileFixture.Token()));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData(0b110_100_000)] // 0640 group-readable
    [InlineData(0b110_000_100)] // 0604 world-readable
    [InlineData(0b110_100_100)] // 0644 the usual umask default
    [InlineData(0b110_010_000)] // 0620 group-writable
    [InlineData(0b110_000_010)] // 0602 world-writable
    public void S01_Read_RefusesLoosePermissions_WithAFixMessage(int mode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only
        }

        var token = TokenFileFixture.Token();
        var path = _fixture.WriteRaw("mcp-token", Encoding.ASCII.GetBytes(token));
        File.SetUnixFileMode(path, (UnixFileMode)mode);

        var read = SessionTokenFile.Read(path);

        Assert.False(read.Succeeded);
        Assert.Equal(ErrorCodes.TokenFileUnsafe, read.Failure.Error);
        Assert.Contains($"chmod 600 \"{path}\"", read.Failure.Message);
        Assert.Contains(PrivateFileModes.Octal((UnixFileMode)mode), read.Failure.Message);
        Assert.DoesNotContain(token, read.Failure.Message);

        File.SetUnixFileMode(path, PrivateFileModes.File);
        Assert.Equal(token, SessionTokenFile.Read(path).Value);
    }

    [Fact]
    public void S01_Write_OverALooseFile_TightensItTo0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes only
        }

        var path = _fixture.WriteRaw("mcp-token", Encoding.ASCII.GetBytes(TokenFileFixture.Token(1)));
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100);

        Assert.Null(SessionTokenFile.Write(path, TokenFileFixture.Token(2)));

        Assert.Equal(PrivateFileModes.File, File.GetUnixFileMode(path));
        Assert.Equal(TokenFileFixture.Token(2), SessionTokenFile.Read(path).Value);
    }

    [Fact]
    public void S04_Read_RefusesASymlinkToAValidTokenFile()
    {
        var token = TokenFileFixture.Token();
        var target = _fixture.WriteRaw("real-token", Encoding.ASCII.GetBytes(token));
        var link = _fixture.Folder.Combine("mcp-token");
        File.CreateSymbolicLink(link, target);

        var read = SessionTokenFile.Read(link);

        Assert.False(read.Succeeded);
        Assert.Equal(ErrorCodes.TokenFileUnsafe, read.Failure.Error);
        Assert.Contains("symbolic link", read.Failure.Message);
        Assert.DoesNotContain(token, read.Failure.Message);
    }

    [Fact]
    public void S04_Read_RefusesADanglingSymlink_AsUnsafeNotMissing()
    {
        var link = _fixture.Folder.Combine("mcp-token");
        File.CreateSymbolicLink(link, _fixture.Folder.Combine("nowhere"));

        var read = SessionTokenFile.Read(link);

        Assert.Equal(ErrorCodes.TokenFileUnsafe, read.Failure?.Error);
    }

    [Fact]
    public void S04_Write_RefusesASymlink_AndLeavesItsTargetUntouched()
    {
        var target = _fixture.WriteRaw("elsewhere", "original"u8.ToArray());
        var link = _fixture.Folder.Combine("mcp-token");
        File.CreateSymbolicLink(link, target);
        var token = TokenFileFixture.Token();

        var failure = SessionTokenFile.Write(link, token);

        Assert.Equal(ErrorCodes.TokenFileUnsafe, failure?.Error);
        Assert.DoesNotContain(token, failure!.Message);
        Assert.Equal("original", File.ReadAllText(target));
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(["elsewhere", "mcp-token"], _fixture.Entries());
    }

    [Fact]
    public void Read_WhenTheFileIsMissing_ReturnsNotFound()
    {
        Assert.Equal(ErrorCodes.TokenFileNotFound, SessionTokenFile.Read(_fixture.Folder.Combine("mcp-token")).Failure?.Error);
        Assert.Equal(ErrorCodes.TokenFileNotFound, SessionTokenFile.Read(_fixture.Folder.Combine("mcp-tokens", "w-1")).Failure?.Error);
    }

    [Fact]
    public void Read_WhenThePathIsAFolder_ReturnsUnsafe()
    {
        Directory.CreateDirectory(_fixture.Folder.Combine("mcp-token"));

        Assert.Equal(ErrorCodes.TokenFileUnsafe, SessionTokenFile.Read(_fixture.Folder.Combine("mcp-token")).Failure?.Error);
    }

    [Fact]
    public void Write_RefusesSomethingThatIsNotAToken_AndKeepsTheOldFile()
    {
        var path = _fixture.Folder.Combine("mcp-token");
        var token = TokenFileFixture.Token();
        Assert.Null(SessionTokenFile.Write(path, token));
        var forged = token[..^4] + "\n" + "rm -rf";

        var failure = SessionTokenFile.Write(path, forged);

        Assert.Equal(ErrorCodes.TokenFileMalformed, failure?.Error);
        Assert.DoesNotContain(token[^20..], failure!.Message);
        Assert.Equal(token, SessionTokenFile.Read(path).Value);
        Assert.Equal(["mcp-token"], _fixture.Entries());
    }

    [Fact]
    public void Write_ReplacingAFile_LeavesNoTemporaryFile()
    {
        var path = _fixture.Folder.Combine("mcp-token");

        Assert.Null(SessionTokenFile.Write(path, TokenFileFixture.Token(1)));
        Assert.Null(SessionTokenFile.Write(path, TokenFileFixture.Token(2)));

        Assert.Equal(["mcp-token"], _fixture.Entries());
        Assert.Equal(TokenFileFixture.Token(2), SessionTokenFile.Read(path).Value);
    }

    [Fact]
    public void Write_ToAWalletFile_CreatesTheMcpTokensFolderWithMode0700()
    {
        var layout = new DataDirectoryLayout(_fixture.Folder.Combine("data-dir"));
        var path = SessionTokenFile.ForWallet(layout, "0190f3b2-7c4e-7000-8000-00000000000a");

        Assert.Null(SessionTokenFile.Write(path, TokenFileFixture.Token()));

        Assert.Equal(Path.Combine(layout.McpTokensFolder, "0190f3b2-7c4e-7000-8000-00000000000a"), path);
        Assert.Equal(TokenFileFixture.Token(), SessionTokenFile.Read(path).Value);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(PrivateFileModes.Folder, File.GetUnixFileMode(layout.McpTokensFolder));
            Assert.Equal(PrivateFileModes.File, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void DefaultPath_IsMcpTokenAtTheDataDirectoryRoot()
    {
        var layout = new DataDirectoryLayout(_fixture.Folder.Path);

        Assert.Equal(Path.Combine(_fixture.Folder.Path, "mcp-token"), SessionTokenFile.DefaultPath(layout));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("../mcp-token")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("/etc/passwd")]
    [InlineData("C:")]
    [InlineData("nul")]
    [InlineData("COM1")]
    [InlineData("w 1")]
    [InlineData("w\u00e9")]
    [InlineData("w\0")]
    public void ForWallet_RefusesAnIdThatCouldLeaveTheFolder(string walletId)
    {
        var layout = new DataDirectoryLayout(_fixture.Folder.Path);

        Assert.False(SessionTokenFile.IsValidWalletId(walletId));
        Assert.Throws<ArgumentException>(() => SessionTokenFile.ForWallet(layout, walletId));
        Assert.Throws<ArgumentException>(() => layout.McpTokenFileFor(walletId));
    }

    [Fact]
    public void IsValidWalletId_AcceptsUuidsAndSimpleNames_UpTo128Characters()
    {
        Assert.True(SessionTokenFile.IsValidWalletId("0190f3b2-7c4e-7000-8000-000000000001"));
        Assert.True(SessionTokenFile.IsValidWalletId("wallet_1"));
        Assert.True(SessionTokenFile.IsValidWalletId(new string('a', 128)));
        Assert.False(SessionTokenFile.IsValidWalletId(new string('a', 129)));
        Assert.False(SessionTokenFile.IsValidWalletId(null));
    }
}
