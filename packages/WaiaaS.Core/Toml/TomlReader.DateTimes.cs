using System.Text;

namespace WaiaaS.Core.Toml;

/// <summary>Offset date-times, local date-times, local dates and local times (RFC 3339 profile).</summary>
internal sealed partial class TomlReader
{
    private bool LooksLikeDate() =>
        _pos + 4 < _text.Length && char.IsAsciiDigit(_text[_pos]) && char.IsAsciiDigit(_text[_pos + 1])
        && char.IsAsciiDigit(_text[_pos + 2]) && char.IsAsciiDigit(_text[_pos + 3]) && _text[_pos + 4] == '-';

    private bool LooksLikeTime() =>
        _pos + 2 < _text.Length && char.IsAsciiDigit(_text[_pos]) && char.IsAsciiDigit(_text[_pos + 1]) && _text[_pos + 2] == ':';

    private TomlDateTime ReadDateTime(TomlPosition position)
    {
        var start = _pos;
        if (LooksLikeTime())
        {
            var (hour, minute, second, fraction) = ReadTime();
            return new TomlDateTime(TomlDateTimeKind.LocalTime, 0, 0, 0, hour, minute, second, fraction, position: position);
        }

        var year = ReadFixedDigits(4, "year");
        Expect('-', "in date");
        var month = ReadFixedDigits(2, "month");
        Expect('-', "in date");
        var day = ReadFixedDigits(2, "day");
        if (month is < 1 or > 12)
        {
            throw ErrorAt(start + 5, $"month {month:D2} is out of range (01-12)");
        }

        var daysInMonth = TomlDateTime.DaysIn(year, month);
        if (day < 1 || day > daysInMonth)
        {
            throw ErrorAt(start + 8, $"day {day:D2} is out of range for {year:D4}-{month:D2}");
        }

        // The date and time are separated by T (or t, per RFC 3339) or by a single space followed by a time.
        var separator = Peek();
        var hasTime = separator is 'T' or 't' || (separator == ' ' && PeekAt(1) is >= '0' and <= '9');
        if (!hasTime)
        {
            return new TomlDateTime(TomlDateTimeKind.LocalDate, year, month, day, 0, 0, 0, position: position);
        }

        _pos++;
        var (h, m, s, f) = ReadTime();
        var offsetChar = Peek();
        if (offsetChar is 'Z' or 'z')
        {
            _pos++;
            return new TomlDateTime(TomlDateTimeKind.OffsetDateTime, year, month, day, h, m, s, f, 0, true, position);
        }

        if (offsetChar is '+' or '-')
        {
            var offsetStart = _pos;
            _pos++;
            var offsetHours = ReadFixedDigits(2, "offset hour");
            Expect(':', "in offset");
            var offsetMinutes = ReadFixedDigits(2, "offset minute");
            if (offsetHours > 23 || offsetMinutes > 59)
            {
                throw ErrorAt(offsetStart, "offset is out of range (at most ±23:59)");
            }

            var total = ((offsetHours * 60) + offsetMinutes) * (offsetChar == '-' ? -1 : 1);
            return new TomlDateTime(TomlDateTimeKind.OffsetDateTime, year, month, day, h, m, s, f, total, false, position);
        }

        return new TomlDateTime(TomlDateTimeKind.LocalDateTime, year, month, day, h, m, s, f, position: position);
    }

    private (int Hour, int Minute, int Second, string Fraction) ReadTime()
    {
        var start = _pos;
        var hour = ReadFixedDigits(2, "hour");
        Expect(':', "in time");
        var minute = ReadFixedDigits(2, "minute");
        Expect(':', "in time (TOML 1.0 requires seconds)");
        var second = ReadFixedDigits(2, "second");
        if (hour > 23)
        {
            throw ErrorAt(start, $"hour {hour:D2} is out of range (00-23)");
        }

        if (minute > 59)
        {
            throw ErrorAt(start + 3, $"minute {minute:D2} is out of range (00-59)");
        }

        if (second > 59)
        {
            throw ErrorAt(start + 6, $"second {second:D2} is out of range (00-59)");
        }

        var fraction = new StringBuilder();
        if (Peek() == '.')
        {
            _pos++;
            while (Peek() is >= '0' and <= '9')
            {
                fraction.Append((char)Peek());
                _pos++;
            }

            if (fraction.Length == 0)
            {
                throw Error("expected digits after '.' in time");
            }
        }

        return (hour, minute, second, fraction.ToString());
    }

    private int ReadFixedDigits(int count, string what)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            var c = Peek();
            if (c is < '0' or > '9')
            {
                throw Error($"expected {count} digits for the {what}, found {DescribeCurrent()}");
            }

            value = (value * 10) + (c - '0');
            _pos++;
        }

        return value;
    }

    private void Expect(char expected, string context)
    {
        if (Peek() != expected)
        {
            throw Error($"expected '{expected}' {context}, found {DescribeCurrent()}");
        }

        _pos++;
    }
}
