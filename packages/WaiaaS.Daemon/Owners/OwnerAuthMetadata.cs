namespace WaiaaS.Daemon.Owners;

/// <summary>Endpoint metadata of ownerAuth endpoints: how the owner is resolved (see <see cref="OwnerAuthScope"/>).</summary>
/// <param name="Scope">Where the expected owner address comes from.</param>
public sealed record OwnerAuthMetadata(OwnerAuthScope Scope);
