namespace WaiaaS.Core.Contracts;

/// <summary>The answer to <c>POST /v1/admin/rotate-secret</c>. Times are Unix seconds.</summary>
/// <param name="RotatedAt">When the new signing secret took over.</param>
/// <param name="PreviousValidUntil">Until when tokens signed with the previous secret are still accepted.</param>
public sealed record RotateSecretResponse(long RotatedAt, long PreviousValidUntil);
