namespace WaiaaS.Core.Configuration;

/// <summary>How a key's value is written in an environment variable.</summary>
public enum ConfigValueShape
{
    /// <summary>A decimal integer, e.g. <c>3101</c>.</summary>
    WholeNumber,

    /// <summary><c>true</c>/<c>false</c> (also <c>1</c>/<c>0</c>).</summary>
    TrueOrFalse,

    /// <summary>The raw text.</summary>
    Text,

    /// <summary>JSON: an array or an object.</summary>
    Json,
}
