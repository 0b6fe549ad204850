using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

public class ChineseNumberReaderTests
{
    [Theory]
    [InlineData("0", "零")]
    [InlineData("7", "七")]
    [InlineData("10", "十")]
    [InlineData("15", "十五")]
    [InlineData("20", "二十")]
    [InlineData("105", "一百零五")]
    [InlineData("110", "一百一十")]
    [InlineData("400", "四百")]
    [InlineData("1010", "一千零一十")]
    [InlineData("2300", "两千三百")]
    [InlineData("10086", "一万零八十六")]
    [InlineData("20000", "两万")]
    [InlineData("120000", "十二万")]
    [InlineData("1000000", "一百万")]
    [InlineData("100010000", "一亿零一万")]
    [InlineData("100000001", "一亿零一")]
    [InlineData("1234500", "一百二十三万四千五百")]
    public void Integer_ReadsQuantities(string digits, string expected) => Assert.Equal(expected, ChineseNumberReader.Integer(digits));

    [Fact]
    public void Integer_LeadingZerosAndVeryLongNumbersGoDigitByDigit()
    {
        Assert.Equal("零零七", ChineseNumberReader.Integer("007"));
        Assert.Equal("一二三四五六七八九零一二三四五六七", ChineseNumberReader.Integer("12345678901234567"));
    }

    [Fact]
    public void DigitByDigit_PhoneStyleSaysOneAsYao()
    {
        Assert.Equal("二零二零", ChineseNumberReader.DigitByDigit("2020"));
        Assert.Equal("幺二三四五", ChineseNumberReader.DigitByDigit("12345", phoneStyle: true));
    }

    [Theory]
    [InlineData("3.5", "三点五")]
    [InlineData("0.25", "零点二五")]
    [InlineData("12.05", "十二点零五")]
    [InlineData("8", "八")]
    public void Decimal_ReadsTheFractionDigitByDigit(string number, string expected) => Assert.Equal(expected, ChineseNumberReader.Decimal(number));
}
