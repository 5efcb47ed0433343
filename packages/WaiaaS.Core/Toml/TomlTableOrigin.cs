namespace WaiaaS.Core.Toml;

/// <summary>How a table came into being while parsing; decides which later definitions may extend it.</summary>
internal enum TomlTableOrigin
{
    /// <summary>Built in code, or the document root.</summary>
    Code,

    /// <summary>Created as an intermediate of a <c>[a.b]</c> header; may later be defined once by its own header.</summary>
    ImplicitByHeader,

    /// <summary>Defined by its own <c>[header]</c> or as an element of <c>[[header]]</c>.</summary>
    Header,

    /// <summary>Created by a dotted key such as <c>a.b = 1</c>.</summary>
    DottedKey,

    /// <summary>An inline table <c>{ ... }</c>; complete and closed.</summary>
    Inline,
}
