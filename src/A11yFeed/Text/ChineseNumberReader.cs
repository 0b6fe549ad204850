using System.Text;

namespace A11yFeed.Text;

/// <summary>Reads Arabic digits out in Chinese characters: as a quantity (10086 一万零八十六), digit by digit, or as a decimal.</summary>
internal static class ChineseNumberReader
{
    private const string Digits = "零一二三四五六七八九";
    private static readonly string[] SmallUnits = ["", "十", "百", "千"];
    private static readonly string[] LargeUnits = ["", "万", "亿", "万亿"];

    /// <summary>A quantity; numbers longer than a reader would say as one (over 16 digits), and ones with leading zeros, go digit by digit.</summary>
    public static string Integer(ReadOnlySpan<char> digits)
    {
        if (digits.Length > 16 || (digits.Length > 1 && digits[0] == '0'))
        {
            return DigitByDigit(digits);
        }

        var value = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (value == 0)
        {
            return "零";
        }

        var builder = new StringBuilder();
        var zeroPending = false;
        for (var group = 3; group >= 0; group--)
        {
            var part = (int)(value / (long)Math.Pow(10_000, group) % 10_000);
            if (part == 0)
            {
                zeroPending = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0 && (zeroPending || part < 1000))
            {
                builder.Append('零');
            }

            builder.Append(Group(part)).Append(LargeUnits[group]);
            zeroPending = false;
        }

        // 10-19 are said 十, 十五, not 一十五, when they lead the number; a leading 2 before 千, 万 or 亿 is 两.
        if (builder.Length >= 2 && builder[0] == '一' && builder[1] == '十')
        {
            builder.Remove(0, 1);
        }
        else if (builder.Length >= 2 && builder[0] == '二' && builder[1] is '千' or '万' or '亿')
        {
            builder[0] = '两';
        }

        return builder.ToString();
    }

    /// <summary>Years, phone numbers, codes: each digit on its own; with <paramref name="phoneStyle"/>, 1 is 幺 as callers say it.</summary>
    public static string DigitByDigit(ReadOnlySpan<char> digits, bool phoneStyle = false)
    {
        var builder = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(phoneStyle && c == '1' ? '幺' : Digits[c - '0']);
            }
        }

        return builder.ToString();
    }

    /// <summary>"3.5" as 三点五: the whole part as a quantity, the fraction digit by digit.</summary>
    public static string Decimal(ReadOnlySpan<char> number)
    {
        var point = number.IndexOf('.');
        return point < 0 ? Integer(number) : Integer(number[..point]) + "点" + DigitByDigit(number[(point + 1)..]);
    }

    private static string Group(int part)
    {
        var builder = new StringBuilder();
        var zeroPending = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = part / (int)Math.Pow(10, position) % 10;
            if (digit == 0)
            {
                zeroPending = builder.Length > 0;
                continue;
            }

            if (zeroPending)
            {
                builder.Append('零');
                zeroPending = false;
            }

            builder.Append(Digits[digit]).Append(SmallUnits[position]);
        }

        return builder.ToString();
    }
}
