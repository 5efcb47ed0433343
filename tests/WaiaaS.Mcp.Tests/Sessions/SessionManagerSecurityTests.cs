using System.Text;
using WaiaaS.Core.Contracts;
using WaiaaS.Mcp.Sessions;
using WaiaaS.Mcp.Tests.Sessions.Support;

namespace WaiaaS.Mcp.Tests.Sessions;

// S-01, S-02 and S-04 at the SessionManager level (SessionTokenFile's own tests cover the file rules in Core).
public sealed class SessionManagerSecurityTests
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(1000);

    [Fact]
    public async Task S01_the_token_file_a_renewal_creates_is_0600_in_a_0700_folder()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes; Windows relies on the profile folder's ACL.
        }

        await using var h = new ManagerHarness();
        var file = Path.Combine(h.Folder, "mcp-tokens", "wallet-1");
        h.Client.Then(ScriptedRenewalClient.Renews(h.Time, Ttl));
        var manager = h.Create(environmentToken: h.NewToken("s1", Ttl), tokenFile: file);
        await manager.StartAsync(CancellationToken.None);

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);

        Assert.Equal(manager.GetToken(), File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public async Task S01_a_token_file_others_can_read_is_refused_with_the_fix_and_the_environment_is_not_used_instead()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX modes; Windows relies on the profile folder's ACL.
        }

        await using var h = new ManagerHarness();
        var token = h.NewToken("s1", Ttl);
        h.WriteFile(token);
        File.SetUnixFileMode(h.TokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var manager = await h.StartAsync(environmentToken: h.NewToken("from-env", Ttl));

        Assert.Equal(SessionState.Error, manager.State);
        Assert.Null(manager.GetToken());
        Assert.Contains("chmod 600", manager.StatusReason, StringComparison.Ordinal);
        Assert.Contains("chmod 600", manager.Guidance, StringComparison.Ordinal);
        Assert.Contains("chmod 600", h.Log.All, StringComparison.Ordinal);
        Assert.DoesNotContain(token, h.Log.All, StringComparison.Ordinal);

        File.SetUnixFileMode(h.TokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await h.AdvanceAsync(TimeSpan.FromSeconds(60));
        Assert.Equal((SessionState.Active, token), (manager.State, manager.GetToken()));
    }

    public static TheoryData<string, byte[]> MaliciousContent()
    {
        var token = TestTokens.Issue("s1", new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero), Ttl);
        var parts = token.Split('.');
        return new()
        {
            { "garbage", Encoding.UTF8.GetBytes("rm -rf / ; echo pwned") },
            { "huge", Encoding.ASCII.GetBytes(new string('A', 1 << 20)) },
            { "control characters", Encoding.ASCII.GetBytes(token + "\0\u001b[2J") },
            { "second line", Encoding.ASCII.GetBytes(token + "\n" + token + "\n") },
            { "byte-order mark", [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes(token)] },
            { "tampered payload", Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1][..^3]}!x.{parts[2]}") },
            { "payload not JSON", Encoding.ASCII.GetBytes($"{parts[0]}.bm90IGpzb24.{parts[2]}") },
            { "non-ASCII", Encoding.UTF8.GetBytes(token + "é") },
        };
    }

    [Theory]
    [MemberData(nameof(MaliciousContent))]
    public async Task S02_malicious_content_is_refused_without_a_crash(string kind, byte[] content)
    {
        await using var h = new ManagerHarness();
        File.WriteAllBytes(h.TokenFile, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(h.TokenFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var manager = await h.StartAsync();
        await h.AdvanceAsync(TimeSpan.FromSeconds(60));
        await h.AdvanceAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(SessionState.Error, manager.State);
        Assert.Null(manager.GetToken());
        Assert.True(h.Client.Calls.IsEmpty, kind);
        var shown = Encoding.UTF8.GetString(content);
        Assert.DoesNotContain(shown[..Math.Min(shown.Length, 40)], manager.StatusReason, StringComparison.Ordinal);
        Assert.DoesNotContain(shown[..Math.Min(shown.Length, 40)], h.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task S02_a_malicious_renewal_answer_is_refused_and_the_file_is_kept()
    {
        await using var h = new ManagerHarness();
        var token = h.NewToken("s1", Ttl);
        h.WriteFile(token);
        h.Client.Then((_, _, _) => Task.FromResult(new RenewSessionResponse("wai_sess_\u0000evil", 0, 1, 29, null)));
        var manager = await h.StartAsync();

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);

        Assert.Equal(SessionState.Error, manager.State);
        Assert.Equal(token, manager.GetToken());
        Assert.Equal(token, h.ReadFile());
    }

    [Fact]
    public async Task S04_a_symlinked_token_file_is_refused_for_reading()
    {
        await using var h = new ManagerHarness();
        var target = Path.Combine(h.Folder, "elsewhere");
        var token = h.NewToken("s1", Ttl);
        Assert.Null(WaiaaS.Core.Sessions.SessionTokenFile.Write(target, token));
        File.CreateSymbolicLink(h.TokenFile, target);

        var manager = await h.StartAsync(environmentToken: h.NewToken("from-env", Ttl));

        Assert.Equal(SessionState.Error, manager.State);
        Assert.Null(manager.GetToken());
        Assert.Contains("symbolic link", manager.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task S04_a_token_file_replaced_by_a_symlink_is_refused_for_writing_and_the_renewed_token_is_kept_in_memory()
    {
        await using var h = new ManagerHarness();
        h.WriteFile(h.NewToken("s1", Ttl));
        h.Client.Then(ScriptedRenewalClient.Renews(h.Time, Ttl));
        var manager = await h.StartAsync();
        var target = Path.Combine(h.Folder, "elsewhere");
        File.WriteAllText(target, "untouched");
        File.Delete(h.TokenFile);
        File.CreateSymbolicLink(h.TokenFile, target);

        await h.AdvanceUntilCallsAsync(TimeSpan.FromSeconds(600), 1);

        Assert.Equal("untouched", File.ReadAllText(target));
        Assert.Equal(SessionState.Error, manager.State);
        Assert.Contains("symbolic link", manager.StatusReason, StringComparison.Ordinal);
        var renewed = manager.GetToken();
        Assert.Equal(1, manager.RenewalCount);

        // Each poll retries the write; once the link is gone the file is written and the session is active again.
        await h.AdvanceAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(("untouched", SessionState.Error), (File.ReadAllText(target), manager.State));
        File.Delete(h.TokenFile);
        await h.AdvanceAsync(TimeSpan.FromSeconds(60));
        Assert.Equal((SessionState.Active, renewed), (manager.State, h.ReadFile()));
        Assert.Single(h.Client.Calls);
    }
}
