using System.Text;
using System.Text.RegularExpressions;

namespace A11yFeed.Text;

/// <summary>
/// Rewrites a Chinese sentence the way a newsreader says it: digits read out in characters (years and phone
/// numbers digit by digit), dates, times, percentages, ranges and units spelt out, quotation marks and brackets
/// gone. Rules run from the most specific (phone numbers, dates) to the most general (plain integers), each turning
/// its digits into characters so later rules never see them. Latin letters are left for the caller.
/// </summary>
internal static partial class ChineseTextNormaliser
{
    private const string Dash = "[-‐‑–—―~～至到]{1,2}";

    public static string Normalise(string text)
    {
        text = FullWidthToAscii(text);
        text = ThousandsSeparator().Replace(text, "");
        text = ReferenceMarker().Replace(text, "");
        text = YearInTitle().Replace(text, m => Year(m.Value));
        text = QuotesAndBrackets().Replace(text, "");
        text = ChineseUnits.Replace(text);
        text = PhoneNumber().Replace(text, m => ChineseNumberReader.DigitByDigit(m.Value, phoneStyle: true));
        text = FullDate().Replace(text, ReadFullDate);
        text = YearRange().Replace(text, m => Year(m.Groups[1].Value) + "到" + Year(m.Groups[2].Value));
        text = YearToNow().Replace(text, m => Year(m.Groups[1].Value) + "到");
        text = TwoDigitYear().Replace(text, m => Year(m.Value));
        text = Generation().Replace(text, m => Year(m.Value));
        text = NumberAsName().Replace(text, m => Year(m.Value));
        text = Year().Replace(text, m => Year(m.Value));
        text = BareYearRange().Replace(text, m => Year(m.Groups[1].Value) + "到" + Year(m.Groups[2].Value));
        text = ClockTimeWithSeconds().Replace(text, m => TimeWithSeconds(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));
        text = ClockTime().Replace(text, m => Time(m.Groups[1].Value, m.Groups[2].Value) + (m.Groups[3].Success ? "到" + Time(m.Groups[3].Value, m.Groups[4].Value) : ""));
        text = LeadingZeroInDate().Replace(text, "");
        text = Ratio().Replace(text, m => ChineseNumberReader.Integer(m.Groups[1].Value) + "比" + ChineseNumberReader.Integer(m.Groups[2].Value));
        text = PercentRange().Replace(text, m => "百分之" + ChineseNumberReader.Decimal(m.Groups[1].Value) + "到百分之" + ChineseNumberReader.Decimal(m.Groups[2].Value));
        text = BelowZero().Replace(text, "零下");
        text = Minus().Replace(text, "负");
        text = Money().Replace(text, m => ChineseNumberReader.Decimal(m.Groups[2].Value) + m.Groups[3].Value + (m.Groups[1].Value == "$" ? "美元" : "元"));
        text = MonthDay().Replace(text, ReadMonthDay);
        text = Fraction().Replace(text, ReadFraction);
        text = Percent().Replace(text, m => (m.Groups[2].Value == "‰" ? "千分之" : "百分之") + ChineseNumberReader.Decimal(m.Groups[1].Value));
        text = NumberRange().Replace(text, m => m.Groups[1].Value + "到" + m.Groups[2].Value);
        text = TwoOfSomething().Replace(text, "两");
        text = DecimalNumber().Replace(text, m => ChineseNumberReader.Decimal(m.Value));
        text = Integer().Replace(text, m => ChineseNumberReader.Integer(m.Value));
        text = PerSlash().Replace(text, "每");
        return text.Replace("&", "和", StringComparison.Ordinal).Replace("+", "加", StringComparison.Ordinal);
    }

    private static string FullWidthToAscii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or '％' or '＋' or '／' or '＆' => (char)(c - 0xFEE0),
                _ => c,
            });
        }

        var ascii = builder.ToString();
        return DigitPunctuation().Replace(ascii, m => m.Value == "．" ? "." : m.Value == "－" ? "-" : ":");
    }

    private static string ReadFullDate(Match m)
    {
        var month = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is < 1 or > 12 || day is < 1 or > 31
            ? m.Value
            : Year(m.Groups[1].Value) + "年" + Quantity(month) + "月" + Quantity(day) + "日";
    }

    private static string ReadMonthDay(Match m)
    {
        var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is < 1 or > 12 || day is < 1 or > 31 ? m.Value : Quantity(month) + "月" + Quantity(day) + "日";
    }

    private static string Quantity(int value) => ChineseNumberReader.Integer(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Year(string digits) => ChineseNumberReader.DigitByDigit(digits);

    private static string TimeWithSeconds(string hours, string minutes, string seconds)
    {
        var spoken = Time(hours, minutes == "00" && seconds != "00" ? "0" : minutes);
        return seconds == "00" ? spoken : spoken + (seconds[0] == '0' ? "零" : "") + ChineseNumberReader.Integer(seconds.TrimStart('0')) + "秒";
    }

    // 1/3 is said denominator first (三分之一); only a proper fraction, since 12/5 is as likely a date.
    private static string ReadFraction(Match m) =>
        long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) < long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            ? ChineseNumberReader.Integer(m.Groups[2].Value) + "分之" + ChineseNumberReader.Integer(m.Groups[1].Value)
            : m.Value;

    private static string Time(string hours, string minutes)
    {
        var hour = hours.TrimStart('0').PadLeft(1, '0');
        var spoken = (hour == "2" ? "两" : ChineseNumberReader.Integer(hour)) + "点";
        return minutes == "00" ? spoken : minutes == "0" ? spoken + "零分" : spoken + (minutes[0] == '0' ? "零" : "") + ChineseNumberReader.Integer(minutes.TrimStart('0')) + "分";
    }

    [GeneratedRegex(@"(?<=\d)[．－：](?=\d)")]
    private static partial Regex DigitPunctuation();

    // The full-width comma too: Chinese pages write 35，000.
    [GeneratedRegex(@"(?<=\d)[,，](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    // Wikipedia-style reference markers ([1], ［2］, [注 3]) are not read; left in, their digits would be.
    [GeneratedRegex(@"[\[［](?:注\s*)?\d{1,3}[\]］]")]
    private static partial Regex ReferenceMarker();

    [GeneratedRegex("[“”‘’\"「」『』《》〈〉【】〔〕（）()\\[\\]]")]
    private static partial Regex QuotesAndBrackets();

    // Mobile numbers, area code + number, 400/800 service lines, and any digits a phone word introduces.
    [GeneratedRegex(@"(?<![\d.])(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8}|[48]00-?\d{3}-?\d{4})(?![\d.])|(?<=(?:电话|热线|手机|拨打|号码|致电|传真|联系方式|邮编|邮政编码|编号|账号|代码)[：:为是]?\s*)\d[\d-]{1,}\d|(?<![\d.])\d{3,5}(?=(?:政务|服务|便民|热线|报警|急救|火警|举报|专线))")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"(?<![\d.])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])(?:[日号])?")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\d.])((?:1[5-9]|20)\d{2})\s*" + Dash + @"\s*((?:1[5-9]|20)\d{2})(?=\s*年)")]
    private static partial Regex YearRange();

    // "1993-2003", "1992——1998": two years in order, even without 年.
    [GeneratedRegex(@"(?<![\d.])((?:19|20)\d{2})\s*" + Dash + @"\s*((?:19|20)\d{2})(?![\d.])")]
    private static partial Regex BareYearRange();

    // 《恋曲1990》: a year-like number in a title is a name, said digit by digit.
    [GeneratedRegex(@"(?<=《[^《》]*)(?<![\d.])(?:19|20)\d{2}(?![\d.])(?=[^《》]*》)")]
    private static partial Regex YearInTitle();

    // 2001－现在, 1998—今: a year to the present.
    [GeneratedRegex(@"(?<![\d.])((?:1[5-9]|20)\d{2})\s*(?:" + Dash + @"|－)\s*(?=现在|今)")]
    private static partial Regex YearToNow();

    // 98年毕业, 在05年: a two-digit year (50-99, 00-09) at a clause start or after 于/在/从/自, not 98年来 "for 98
    // years"; not after 到/至 either, where 延长到60年 is a length of time.
    [GeneratedRegex(@"(?<=^|[于在从自，、；\s])(?:[5-9]\d|0\d)(?=年(?![代龄级间来前后内多左以里]))")]
    private static partial Regex TwoDigitYear();

    // 80后, 8090后, 00后: a generation by decade of birth.
    [GeneratedRegex(@"(?<![\d.])(?:[05-9]0){1,2}(?=后)")]
    private static partial Regex Generation();

    // 84消毒液, 502胶水: a number that is a product's name.
    [GeneratedRegex(@"(?<![\d.])\d{2,3}(?=消毒液|胶水)")]
    private static partial Regex NumberAsName();

    // 6/30 after 于/截至/定在… or before 起/前/召开/举行…: a month and day, not a fraction (在1/3的地区, 提高到1/2 stay fractions).
    [GeneratedRegex(@"(?<=(?:于|截至|截止|定在|定为|日期为?|时间为?)\s*)(?<m>\d{1,2})/(?<d>\d{1,2})(?![\d/.])|(?<![\d./])(?<m>\d{1,2})/(?<d>\d{1,2})(?=\s*(?:起|前|召开|举行|开幕|开始|截止|当天|上午|下午|晚上|凌晨))")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\d.])(?:1[5-9]|20)\d{2}(?=\s*年(?!代|龄|级|间))")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![\d.:])([01]?\d|2[0-4]):([0-5]\d)(?:\s*[-–—~～至到]\s*([01]?\d|2[0-4]):([0-5]\d))?(?![\d:])")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"(?<![\d.:])([01]?\d|2[0-4]):([0-5]\d):([0-5]\d)(?![\d:])")]
    private static partial Regex ClockTimeWithSeconds();

    // 02月, 05日: the leading zero of a month, day or hour is not said.
    [GeneratedRegex(@"(?<![\d.])0(?=[1-9]\s*[月日号时点])")]
    private static partial Regex LeadingZeroInDate();

    [GeneratedRegex(@"(?<![\d.:])(\d{1,3})[:：](\d{1,3})(?![\d:])")]
    private static partial Regex Ratio();

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)%?\s*[-–—~～至到]{1,2}\s*(\d+(?:\.\d+)?)%")]
    private static partial Regex PercentRange();

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)\s*([%‰])")]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\d.])(\d+(?:\.\d+)?)\s*[-–—~～]{1,2}\s*(\d+(?:\.\d+)?)(?![\d.])")]
    private static partial Regex NumberRange();

    // A minus sign follows no digit or Latin letter (3-5 is a range, G-5 a code) but may follow a character: 气温-5.
    [GeneratedRegex(@"(?<![A-Za-z0-9_.%‰]\s*)-(?=\d)")]
    private static partial Regex Minus();

    // Temperatures below zero are said 零下: -5℃ 零下五摄氏度 (units are already words here).
    [GeneratedRegex(@"(?<![A-Za-z0-9_.%‰]\s*)-(?=\d+(?:\.\d+)?(?:摄氏度|华氏度))")]
    private static partial Regex BelowZero();

    [GeneratedRegex(@"(?:US)?([$¥￥])\s?(\d+(?:\.\d+)?)(万|亿)?")]
    private static partial Regex Money();

    [GeneratedRegex(@"(?<![A-Za-z0-9_./])(\d{1,4})/(\d{1,4})(?![A-Za-z0-9_./])")]
    private static partial Regex Fraction();

    // 2 before a measure word is 两 (两个, 两年, 两万), except after 第 where it counts (第二).
    [GeneratedRegex(@"(?<![\d.第])2(?![\d.])(?=\s*(?:个|人|名|位|次|项|天|年|件|条|家|只|种|所|台|辆|座|批|轮|场|支|架|周|倍|点|千|万|亿|吨|公里|公斤|米|元|小时|分钟|岁|级|份|张|本|户|套|间|栋|层|篇|部|起|例))")]
    private static partial Regex TwoOfSomething();

    [GeneratedRegex(@"(?<![\d.])\d+\.\d+(?![\d.])")]
    private static partial Regex DecimalNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Integer();

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])/(?=[\u4E00-\u9FFF])")]
    private static partial Regex PerSlash();
}
