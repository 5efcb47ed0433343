using System.Text.Json;

namespace WaiaaS.Core.Contracts;

/// <summary>
/// A policy as the API returns it (<c>/v1/policies</c>). <see cref="WalletId"/> null = global, <see cref="Network"/>
/// null = every network; <see cref="Rules"/> is the snake_case rules object of its <see cref="Type"/>. Times are Unix seconds.
/// </summary>
public sealed record PolicyResponse(
    string Id,
    string? WalletId,
    string? Network,
    string Type,
    JsonElement Rules,
    int Priority,
    bool Enabled,
    long CreatedAt,
    long UpdatedAt);
