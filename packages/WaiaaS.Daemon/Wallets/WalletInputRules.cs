using WaiaaS.Core.Errors;

namespace WaiaaS.Daemon.Wallets;

/// <summary>Validation of wallet names and suspension reasons.</summary>
internal static class WalletInputRules
{
    public const int MaxNameLength = 64;
    public const int MaxReasonLength = 256;

    /// <summary>Returns the trimmed name, or a failure naming the rule.</summary>
    public static Result<string> Name(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return new Failure(ErrorCodes.ValidationFailed, "name is required.");
        }

        if (trimmed.Length > MaxNameLength)
        {
            return new Failure(ErrorCodes.ValidationFailed, $"name is at most {MaxNameLength} characters.");
        }

        return trimmed.Any(char.IsControl)
            ? new Failure(ErrorCodes.ValidationFailed, "name must not contain control characters.")
            : trimmed;
    }

    public static Result<string?> Reason(string? reason)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is { Length: > MaxReasonLength })
        {
            return new Failure(ErrorCodes.ValidationFailed, $"reason is at most {MaxReasonLength} characters.");
        }

        return trimmed is not null && trimmed.Any(char.IsControl)
            ? new Failure(ErrorCodes.ValidationFailed, "reason must not contain control characters.")
            : trimmed;
    }
}
