using System.Text.Json;

namespace WaiaaS.Adapters.Solana.Tests;

/// <summary>Reads a published test-vector file copied next to the test assembly.</summary>
internal static class VectorFile
{
    public static JsonElement Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", name);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("vectors").Clone();
    }
}
