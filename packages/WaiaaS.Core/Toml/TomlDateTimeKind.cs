namespace WaiaaS.Core.Toml;

/// <summary>The four TOML date-time forms.</summary>
public enum TomlDateTimeKind
{
    /// <summary>A date and time with a UTC offset, e.g. <c>1979-05-27T07:32:00Z</c>.</summary>
    OffsetDateTime,

    /// <summary>A date and time without offset, e.g. <c>1979-05-27T07:32:00</c>.</summary>
    LocalDateTime,

    /// <summary>A date only, e.g. <c>1979-05-27</c>.</summary>
    LocalDate,

    /// <summary>A time of day only, e.g. <c>07:32:00</c>.</summary>
    LocalTime,
}
