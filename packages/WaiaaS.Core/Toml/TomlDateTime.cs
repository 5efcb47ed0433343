using System.Globalization;
using System.Text;

namespace WaiaaS.Core.Toml;

/// <summary>
/// A TOML offset date-time, local date-time, local date or local time. The fractional seconds are kept as their
/// digit string because TOML allows more precision than .NET ticks, so writing the value back loses nothing.
/// </summary>
public sealed class TomlDateTime : TomlValue
{
    private static readonly int[] DaysInCommonYear = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>Initialises a date-time from its components; components a kind does not use must be zero/empty.</summary>
    /// <param name="kind">Which of the four forms this is.</param>
    /// <param name="year">Year 0-9999 (ignored for <see cref="TomlDateTimeKind.LocalTime"/>).</param>
    /// <param name="month">Month 1-12.</param>
    /// <param name="day">Day 1-31, valid for the month.</param>
    /// <param name="hour">Hour 0-23.</param>
    /// <param name="minute">Minute 0-59.</param>
    /// <param name="second">Second 0-59.</param>
    /// <param name="fractionDigits">The fractional-second digits without the dot (may be empty).</param>
    /// <param name="offsetMinutes">The UTC offset in minutes (offset date-times only).</param>
    /// <param name="isUtcDesignator">Whether the offset was written as <c>Z</c>.</param>
    /// <param name="position">Where the value starts in the source.</param>
    public TomlDateTime(
        TomlDateTimeKind kind,
        int year,
        int month,
        int day,
        int hour,
        int minute,
        int second,
        string fractionDigits = "",
        int offsetMinutes = 0,
        bool isUtcDesignator = false,
        TomlPosition position = default)
        : base(position)
    {
        ArgumentNullException.ThrowIfNull(fractionDigits);
        var hasDate = kind != TomlDateTimeKind.LocalTime;
        var hasTime = kind != TomlDateTimeKind.LocalDate;
        if (hasDate && (year is < 0 or > 9999 || month is < 1 or > 12 || day < 1 || day > DaysIn(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), "The date is not a valid calendar date.");
        }

        if (hasTime && (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59))
        {
            throw new ArgumentOutOfRangeException(nameof(hour), "The time of day is out of range.");
        }

        if (fractionDigits.Any(c => c is < '0' or > '9') || (!hasTime && fractionDigits.Length > 0))
        {
            throw new ArgumentException("Fraction digits must be decimal digits.", nameof(fractionDigits));
        }

        if (kind != TomlDateTimeKind.OffsetDateTime && (offsetMinutes != 0 || isUtcDesignator))
        {
            throw new ArgumentException("Only offset date-times carry an offset.", nameof(offsetMinutes));
        }

        if (offsetMinutes is <= -24 * 60 or >= 24 * 60)
        {
            throw new ArgumentOutOfRangeException(nameof(offsetMinutes), "The offset must be within ±23:59.");
        }

        Kind = kind;
        Year = hasDate ? year : 0;
        Month = hasDate ? month : 0;
        Day = hasDate ? day : 0;
        Hour = hour;
        Minute = minute;
        Second = second;
        FractionDigits = fractionDigits;
        OffsetMinutes = offsetMinutes;
        IsUtcDesignator = isUtcDesignator && offsetMinutes == 0;
    }

    /// <summary>Initialises an offset date-time from a <see cref="DateTimeOffset"/> (tick precision).</summary>
    /// <param name="value">The value.</param>
    /// <param name="position">Where the value starts in the source.</param>
    public TomlDateTime(DateTimeOffset value, TomlPosition position = default)
        : this(
            TomlDateTimeKind.OffsetDateTime,
            value.Year,
            value.Month,
            value.Day,
            value.Hour,
            value.Minute,
            value.Second,
            TicksToFraction(value.Ticks % TimeSpan.TicksPerSecond),
            (int)value.Offset.TotalMinutes,
            value.Offset == TimeSpan.Zero,
            position)
    {
    }

    /// <summary>Gets which of the four forms this is.</summary>
    public TomlDateTimeKind Kind { get; }

    /// <summary>Gets the year (0 for local times).</summary>
    public int Year { get; }

    /// <summary>Gets the month (0 for local times).</summary>
    public int Month { get; }

    /// <summary>Gets the day (0 for local times).</summary>
    public int Day { get; }

    /// <summary>Gets the hour (0 for local dates).</summary>
    public int Hour { get; }

    /// <summary>Gets the minute (0 for local dates).</summary>
    public int Minute { get; }

    /// <summary>Gets the second (0 for local dates).</summary>
    public int Second { get; }

    /// <summary>Gets the fractional-second digits exactly as written, without the dot (empty when there were none).</summary>
    public string FractionDigits { get; }

    /// <summary>Gets the fraction of the second in nanoseconds (digits beyond the ninth are truncated).</summary>
    public int Nanoseconds => FractionDigits.Length == 0
        ? 0
        : int.Parse(FractionDigits.PadRight(9, '0').AsSpan(0, 9), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Gets the UTC offset in minutes (offset date-times only).</summary>
    public int OffsetMinutes { get; }

    /// <summary>Gets a value indicating whether the offset was written as <c>Z</c>.</summary>
    public bool IsUtcDesignator { get; }

    /// <inheritdoc />
    public override string TypeName => "datetime";

    /// <summary>Formats the value as RFC 3339 text (TOML form with <c>T</c>), keeping the fraction's precision.</summary>
    /// <returns>For example <c>1979-05-27T07:32:00.999999-07:00</c>, <c>1979-05-27</c> or <c>07:32:00</c>.</returns>
    public string ToRfc3339String()
    {
        var text = new StringBuilder(40);
        if (Kind != TomlDateTimeKind.LocalTime)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
        }

        if (Kind == TomlDateTimeKind.LocalDate)
        {
            return text.ToString();
        }

        if (Kind != TomlDateTimeKind.LocalTime)
        {
            text.Append('T');
        }

        text.Append(CultureInfo.InvariantCulture, $"{Hour:D2}:{Minute:D2}:{Second:D2}");
        if (FractionDigits.Length > 0)
        {
            text.Append('.').Append(FractionDigits);
        }

        if (Kind == TomlDateTimeKind.OffsetDateTime)
        {
            if (IsUtcDesignator)
            {
                text.Append('Z');
            }
            else
            {
                var magnitude = Math.Abs(OffsetMinutes);
                text.Append(OffsetMinutes < 0 ? '-' : '+')
                    .Append(CultureInfo.InvariantCulture, $"{magnitude / 60:D2}:{magnitude % 60:D2}");
            }
        }

        return text.ToString();
    }

    /// <summary>Converts an offset date-time to a <see cref="DateTimeOffset"/> (fraction truncated to ticks).</summary>
    /// <returns>The equivalent <see cref="DateTimeOffset"/>.</returns>
    /// <exception cref="InvalidOperationException">The value is not an offset date-time, or its year (0) or offset (beyond ±14:00) is out of range for <see cref="DateTimeOffset"/>.</exception>
    public DateTimeOffset ToDateTimeOffset()
    {
        if (Kind != TomlDateTimeKind.OffsetDateTime || Year == 0)
        {
            throw new InvalidOperationException($"A {Kind} value cannot be converted to a DateTimeOffset.");
        }

        if (Math.Abs(OffsetMinutes) > 14 * 60)
        {
            throw new InvalidOperationException($"The offset of {ToRfc3339String()} is beyond DateTimeOffset's ±14:00.");
        }

        var ticks = Nanoseconds / 100;
        var dateTime = new DateTime(Year, Month, Day, Hour, Minute, Second, DateTimeKind.Unspecified).AddTicks(ticks);
        return new DateTimeOffset(dateTime, TimeSpan.FromMinutes(OffsetMinutes));
    }

    /// <inheritdoc />
    public override string ToString() => ToRfc3339String();

    /// <summary>Days in a month of the proleptic Gregorian calendar (year 0 included, as RFC 3339 allows it).</summary>
    internal static int DaysIn(int year, int month)
    {
        var isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 ? (isLeap ? 29 : 28) : DaysInCommonYear[month - 1];
    }

    private static string TicksToFraction(long ticks) =>
        ticks == 0 ? string.Empty : ticks.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0');
}
