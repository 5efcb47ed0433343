namespace WaiaaS.Core.Contracts;

/// <summary>A wallet a session may use.</summary>
/// <param name="Id">The wallet id.</param>
/// <param name="Name">The wallet's name.</param>
public sealed record SessionWalletResponse(string Id, string Name);
