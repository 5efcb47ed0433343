namespace WaiaaS.Core.Contracts;

/// <summary>Body of <c>PUT /v1/wallets/{id}/owner</c>.</summary>
/// <param name="OwnerAddress">The owner's address on the wallet's chain.</param>
public sealed record SetOwnerRequest(string? OwnerAddress);
