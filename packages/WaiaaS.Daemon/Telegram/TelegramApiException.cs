namespace WaiaaS.Daemon.Telegram;

/// <summary>
/// A Bot API call that failed (<c>ok: false</c>, or no usable answer). The message carries the method and Telegram's
/// <c>error_code</c>/<c>description</c>, never the request URL (it contains the bot token).
/// </summary>
internal sealed class TelegramApiException : Exception
{
    public TelegramApiException()
    {
    }

    public TelegramApiException(string message)
        : base(message)
    {
    }

    public TelegramApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TelegramApiException(string message, int? errorCode, TimeSpan? retryAfter)
        : base(message)
    {
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Telegram's <c>error_code</c> (e.g. 429), if any.</summary>
    public int? ErrorCode { get; }

    /// <summary><c>parameters.retry_after</c> of a 429 answer.</summary>
    public TimeSpan? RetryAfter { get; }
}
