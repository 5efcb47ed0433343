using TomlTestDecoder;
using WaiaaS.Core.Toml;

// toml-test decoder interface: TOML bytes on stdin, tagged JSON on stdout (exit 0),
// or "line L, column C: message" on stderr (exit 1).
using var input = Console.OpenStandardInput();
using var buffer = new MemoryStream();
input.CopyTo(buffer);
if (!TomlParser.TryParse(buffer.ToArray(), out var document, out var error))
{
    Console.Error.WriteLine(error.ToString());
    return 1;
}

using var output = Console.OpenStandardOutput();
var json = System.Text.Encoding.UTF8.GetBytes(TaggedJsonEncoder.Encode(document) + "\n");
output.Write(json);
return 0;
