namespace WaiaaS.Core.Contracts;

/// <summary>A list: <c>{items}</c>, with <c>cursor</c> and <c>hasMore</c> when it pages.</summary>
public sealed record ItemsResponse<T>(IReadOnlyList<T> Items, string? Cursor = null, bool? HasMore = null);
