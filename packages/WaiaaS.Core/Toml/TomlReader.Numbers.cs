using System.Globalization;
using System.Text;

namespace WaiaaS.Core.Toml;

/// <summary>Integers (decimal, hex, octal, binary) and floats (including inf and nan).</summary>
internal sealed partial class TomlReader
{
    private static bool IsNumberTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '-' or '.';

    private TomlValue ReadNumber(TomlPosition position)
    {
        var start = _pos;
        while (_pos < _text.Length && IsNumberTokenChar(_text[_pos]))
        {
            _pos++;
        }

        var token = _text[start.._pos];
        var hasSign = token.Length > 0 && token[0] is '+' or '-';
        var body = hasSign ? token[1..] : token;
        var bodyStart = hasSign ? start + 1 : start;
        switch (body)
        {
            case "inf":
                return new TomlFloat(token[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity, position);
            case "nan":
                return new TomlFloat(double.NaN, position);
        }

        if (body.Length > 1 && body[0] == '0' && body[1] is 'x' or 'o' or 'b')
        {
            if (hasSign)
            {
                throw ErrorAt(start, "a sign is not allowed on hexadecimal, octal or binary integers");
            }

            return new TomlInteger(ParseRadixInteger(body, bodyStart), position);
        }

        return ParseDecimal(token, start, hasSign, position);
    }

    private long ParseRadixInteger(string body, int bodyStart)
    {
        var (radix, name) = body[1] switch
        {
            'x' => (16, "hexadecimal"),
            'o' => (8, "octal"),
            _ => (2, "binary"),
        };
        var digits = new StringBuilder();
        var index = 2;
        ReadDigitGroup(body, bodyStart, ref index, c => IsRadixDigit(c, radix), digits, name + " integer");
        if (index < body.Length)
        {
            throw ErrorAt(bodyStart + index, $"invalid character '{body[index]}' in {name} integer");
        }

        ulong value = 0;
        foreach (var digit in digits.ToString())
        {
            var digitValue = (ulong)Convert.ToInt32(digit.ToString(), 16);
            if (value > (ulong.MaxValue - digitValue) / (ulong)radix)
            {
                throw ErrorAt(bodyStart, $"{name} integer is out of range for a 64-bit integer");
            }

            value = (value * (ulong)radix) + digitValue;
        }

        if (value > long.MaxValue)
        {
            throw ErrorAt(bodyStart, $"{name} integer is out of range for a 64-bit integer");
        }

        return (long)value;
    }

    private static bool IsRadixDigit(char c, int radix) => radix switch
    {
        16 => char.IsAsciiHexDigit(c),
        8 => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };

    private TomlValue ParseDecimal(string token, int start, bool hasSign, TomlPosition position)
    {
        var cleaned = new StringBuilder(token.Length);
        var index = 0;
        if (hasSign)
        {
            cleaned.Append(token[0]);
            index = 1;
        }

        var integerStart = index;
        var integerDigits = ReadDigitGroup(token, start, ref index, char.IsAsciiDigit, cleaned, "number");
        if (integerDigits > 1 && token[integerStart] == '0')
        {
            throw ErrorAt(start + integerStart, "leading zeros are not allowed in decimal numbers");
        }

        var isFloat = false;
        if (index < token.Length && token[index] == '.')
        {
            isFloat = true;
            cleaned.Append('.');
            index++;
            ReadDigitGroup(token, start, ref index, char.IsAsciiDigit, cleaned, "fractional part");
        }

        if (index < token.Length && token[index] is 'e' or 'E')
        {
            isFloat = true;
            cleaned.Append('e');
            index++;
            if (index < token.Length && token[index] is '+' or '-')
            {
                cleaned.Append(token[index]);
                index++;
            }

            ReadDigitGroup(token, start, ref index, char.IsAsciiDigit, cleaned, "exponent");
        }

        if (index < token.Length)
        {
            throw ErrorAt(start + index, $"invalid character '{token[index]}' in number");
        }

        var text = cleaned.ToString();
        if (isFloat)
        {
            return new TomlFloat(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), position);
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw ErrorAt(start, "integer is out of range for a 64-bit integer");
        }

        return new TomlInteger(value, position);
    }

    /// <summary>
    /// Reads one or more digits in which single underscores may separate digits, appending the digits;
    /// returns how many digits were read.
    /// </summary>
    private int ReadDigitGroup(string token, int tokenStart, ref int index, Func<char, bool> isDigit, StringBuilder output, string what)
    {
        if (index >= token.Length || !isDigit(token[index]))
        {
            var found = index < token.Length ? $"'{token[index]}'" : "nothing";
            throw ErrorAt(tokenStart + index, $"expected a digit in {what}, found {found}");
        }

        var count = 0;
        while (index < token.Length)
        {
            var c = token[index];
            if (isDigit(c))
            {
                output.Append(c);
                count++;
                index++;
            }
            else if (c == '_')
            {
                if (index + 1 >= token.Length || !isDigit(token[index + 1]))
                {
                    throw ErrorAt(tokenStart + index, $"an underscore in {WithArticle(what)} must be between digits");
                }

                index++;
            }
            else
            {
                break;
            }
        }

        return count;
    }
}
