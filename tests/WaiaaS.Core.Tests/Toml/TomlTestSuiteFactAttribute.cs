namespace WaiaaS.Core.Tests.Toml;

/// <summary>
/// A fact that needs the shared toml-test folder: skipped when the folder is absent, except under CI=true where
/// the test runs and fails, so a broken CI checkout cannot pass silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TomlTestSuiteFactAttribute : FactAttribute
{
    public TomlTestSuiteFactAttribute()
    {
        if (TomlTestSuite.Directory is null && !TomlTestSuite.IsCi)
        {
            Skip = $"toml-test folder not found at {TomlTestSuite.ConfiguredDirectory} (set TOML_TEST_DIR)";
        }
    }
}
