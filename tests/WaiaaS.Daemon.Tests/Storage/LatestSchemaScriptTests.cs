using WaiaaS.Daemon.Storage;
using WaiaaS.Tests.Shared;

namespace WaiaaS.Daemon.Tests.Storage;

public class LatestSchemaScriptTests
{
    // The shipped DDL must be exactly what EF generates for the model. After a model change, this test writes the
    // new script to artifacts/latest-schema.sql and fails; copy it over packages/WaiaaS.Daemon/Storage/Schema/latest-schema.sql
    // (and write the migration step that brings older databases to it).
    [Fact]
    public void ShippedScript_EqualsTheScriptEfGeneratesForTheModel()
    {
        var generated = LatestSchema.CreateScript();

        if (generated != LatestSchema.EmbeddedScript)
        {
            var output = Path.Combine(RepositoryRoot.Path, "artifacts", "latest-schema.sql");
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllText(output, generated);
        }

        Assert.Equal(generated, LatestSchema.EmbeddedScript);
    }
}
