namespace WaiaaS.Sdk.Tests.Hosting;

/// <summary>A request <see cref="ScriptedServer"/> received.</summary>
public sealed record ReceivedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);
