namespace WaiaaS.Core.DataDirectory;

/// <summary>Which rule chose the data directory.</summary>
public enum DataDirectorySource
{
    /// <summary>The <c>--data-dir</c> flag.</summary>
    Flag,

    /// <summary>The <c>WAIAAS_DATA_DIR</c> environment variable.</summary>
    EnvironmentVariable,

    /// <summary><c>$XDG_DATA_HOME/waiaas</c>.</summary>
    XdgDataHome,

    /// <summary><c>~/.waiaas</c>.</summary>
    HomeDirectory,
}
