using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace WaiaaS.Core.Tests.Toml;

/// <summary>Runs the real TomlTestDecoder binary the way toml-test does: TOML on stdin, JSON on stdout, exit code.</summary>
public sealed class TomlDecoderProcessTests
{
    [Fact]
    public async Task Valid_input_prints_tagged_json_and_exits_zero()
    {
        var (exitCode, stdout, stderr) = await RunDecoderAsync("name = \"x\"\n[t]\nn = [1, 2.5]\nd = 1979-05-27\n");
        Assert.True(exitCode == 0, stderr);
        var expected = JsonNode.Parse(
            """
            {"name": {"type": "string", "value": "x"},
             "t": {"n": [{"type": "integer", "value": "1"}, {"type": "float", "value": "2.5"}],
                   "d": {"type": "date-local", "value": "1979-05-27"}}}
            """);
        Assert.Null(TaggedJsonComparer.Difference(expected, JsonNode.Parse(stdout)));
    }

    [Fact]
    public async Task Invalid_input_prints_the_error_and_exits_one()
    {
        var (exitCode, stdout, stderr) = await RunDecoderAsync("a = 1\na = 2\n");
        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("line 2, column 1: duplicate key 'a' (first defined at line 1)", stderr.Trim());
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunDecoderAsync(string input)
    {
        var decoder = Path.Combine(AppContext.BaseDirectory, "TomlTestDecoder.dll");
        Assert.True(File.Exists(decoder), $"decoder not found at {decoder}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(decoder);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(input), timeout.Token);
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
