using WaiaaS.Core.Sessions;

namespace WaiaaS.Core.Tests.Sessions;

public sealed class SessionTokenFileConcurrencyTests : IDisposable
{
    private const int Writers = 3;
    private const int WritesEach = 60;
    private readonly TokenFileFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task ConcurrentWriters_NeverLeaveATornFile_TheReaderAlwaysSeesOneCompleteToken()
    {
        var path = _fixture.Folder.Combine("mcp-token");
        var tokens = Enumerable.Range(1, Writers).Select(TokenFileFixture.Token).ToArray();
        Assert.Null(SessionTokenFile.Write(path, tokens[0]));
        using var done = new CancellationTokenSource();
        var failures = new List<string>();

        var reader = Task.Run(() =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads == 0)
            {
                var read = SessionTokenFile.Read(path);
                reads++;
                if (!read.Succeeded || !tokens.Contains(read.Value))
                {
                    lock (failures)
                    {
                        failures.Add(read.Failure?.Message ?? "a token nobody wrote");
                    }
                }
            }

            return reads;
        });
        var writers = tokens.Select(token => Task.Run(() =>
        {
            for (var i = 0; i < WritesEach; i++)
            {
                if (SessionTokenFile.Write(path, token) is { } failure)
                {
                    lock (failures)
                    {
                        failures.Add(failure.Message ?? failure.Error.Code);
                    }
                }
            }
        })).ToArray();

        await Task.WhenAll(writers);
        await done.CancelAsync();
        var reads = await reader;

        Assert.Empty(failures);
        Assert.True(reads > 0);
        Assert.Contains(SessionTokenFile.Read(path).Value, tokens);
        Assert.Equal(["mcp-token"], _fixture.Entries());
    }
}
