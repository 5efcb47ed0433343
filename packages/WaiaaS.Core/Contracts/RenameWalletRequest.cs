namespace WaiaaS.Core.Contracts;

/// <summary><c>PUT /v1/wallets/{id}</c>: rename.</summary>
public sealed record RenameWalletRequest(string? Name);
