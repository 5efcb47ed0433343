using System.Text;
using FsCheck;
using FsCheck.Fluent;
using WaiaaS.Core.Toml;

namespace WaiaaS.Core.Tests.Toml;

/// <summary>Property tests: arbitrary or mutated input never throws or hangs; written documents parse back equal.</summary>
public sealed class TomlPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly string[] BuiltInDocuments =
    [
        "title = \"WaiaaS\"\n[daemon]\nport = 3100\nhosts = [\"a\", 'b', \"\"\"c\"\"\"]\n",
        "[[chains]]\nid = 1\nrpc = { url = \"http://x\", timeout = 2.5 }\n[[chains]]\nid = 0x10\n",
        "a.b.c = 1979-05-27T07:32:00.999999-07:00\nd = 07:32:00\ne = 1979-05-27\nf = [inf, -inf, nan, +1e10]\n",
        "s = '''\nraw \\ text'''\nm = \"\"\"\nline \\\n  continued\"\"\"\n# comment\nb = true\n",
    ];

    [Fact]
    public void Random_bytes_never_throw_or_hang()
    {
        Prop.ForAll(TomlGenerators.Bytes.ToArbitrary(), bytes => ParsesSafely(() => TomlParser.TryParse(bytes, out _, out var error) ? null : error))
            .Check(Runs);
    }

    [Fact]
    public void Random_strings_never_throw_or_hang()
    {
        Prop.ForAll(TomlGenerators.Text.ToArbitrary(), text => ParsesSafely(() => TomlParser.TryParse(text, out _, out var error) ? null : error))
            .Check(Runs);
    }

    [Fact]
    public void Mutated_valid_documents_never_throw_or_hang()
    {
        var seeds = SeedDocuments();
        var mutation =
            from seedIndex in Gen.Choose(0, seeds.Count - 1)
            from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 255))), 4)
            select Mutate(seeds[seedIndex], edits);
        Prop.ForAll(mutation.ToArbitrary(), bytes => ParsesSafely(() => TomlParser.TryParse(bytes, out _, out var error) ? null : error))
            .Check(Runs);
    }

    [Fact]
    public void Written_documents_parse_back_equal()
    {
        var cases = 0;
        var withSections = 0;
        Prop.ForAll(TomlGenerators.Document.ToArbitrary(), document =>
        {
            cases++;
            var text = TomlWriter.Write(document);
            if (!TomlParser.TryParse(text, out var parsed, out var error))
            {
                throw new InvalidOperationException($"written document does not parse: {error}\n{text}");
            }

            if (!TomlStructure.AreEqual(document, parsed))
            {
                throw new InvalidOperationException($"round trip changed the document:\n{text}\n---\n{TomlWriter.Write(parsed)}");
            }

            withSections += text.Contains("\n[", StringComparison.Ordinal) ? 1 : 0;
        }).Check(Runs);

        // Guards against a generator that silently degenerates to trivial documents.
        Assert.Equal(500, cases);
        Assert.True(withSections > 100, $"only {withSections} of {cases} documents had [sections]");
    }

    [Fact]
    public void Written_utf8_documents_parse_back_equal()
    {
        Prop.ForAll(TomlGenerators.Document.ToArbitrary(), document =>
            TomlParser.TryParse(Encoding.UTF8.GetBytes(TomlWriter.Write(document)), out var parsed, out _)
            && TomlStructure.AreEqual(document, parsed))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    /// <summary>True when parsing finished in time with a document or a positioned error; throws otherwise so FsCheck shows why.</summary>
    private static bool ParsesSafely(Func<TomlError?> parse)
    {
        var outcome = BoundedRun.Run(parse, BoundedRun.DefaultLimit);
        if (outcome.TimedOut)
        {
            throw new TimeoutException($"parse did not finish within {BoundedRun.DefaultLimit.TotalSeconds} s");
        }

        if (outcome.Failure is not null)
        {
            throw new InvalidOperationException("parse threw instead of returning an error", outcome.Failure);
        }

        return outcome.Result is null || (outcome.Result.Line >= 1 && outcome.Result.Column >= 1);
    }

    private static List<byte[]> SeedDocuments()
    {
        if (TomlTestSuite.Directory is not null)
        {
            return TomlTestSuite.Cases("valid").Select(path => File.ReadAllBytes(TomlTestSuite.FullPath(path))).ToList();
        }

        return BuiltInDocuments.Select(Encoding.UTF8.GetBytes).ToList();
    }

    /// <summary>Applies deletions (0), insertions (1), duplications (2) and swaps (3) of bytes at pseudo-random offsets.</summary>
    private static byte[] Mutate(byte[] seed, List<(int Operation, (int Offset, int Byte) Argument)> edits)
    {
        var bytes = seed.ToList();
        foreach (var (operation, (offset, value)) in edits)
        {
            var at = bytes.Count == 0 ? 0 : offset % bytes.Count;
            switch (operation)
            {
                case 0 when bytes.Count > 0:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, (byte)value);
                    break;
                case 2 when bytes.Count > 0:
                    var length = Math.Min(1 + (value % 16), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 3 when bytes.Count > 1:
                    var other = value % bytes.Count;
                    (bytes[at], bytes[other]) = (bytes[other], bytes[at]);
                    break;
            }
        }

        return [.. bytes];
    }
}
