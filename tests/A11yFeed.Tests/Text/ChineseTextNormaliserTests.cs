using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

/// <summary>One case (or a few) per rule, in the order the rules run.</summary>
public class ChineseTextNormaliserTests
{
    [Theory]
    [InlineData("共１２所学校，增长１５％", "共十二所学校，增长百分之十五")]
    [InlineData("产量1,234,500吨", "产量一百二十三万四千五百吨")]
    [InlineData("“十三五”期间", "十三五期间")]
    [InlineData("审议《关于加强社区治理的意见》（试行）", "审议关于加强社区治理的意见试行")]
    public void Normalise_FullWidthSeparatorsQuotesAndBrackets(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));

    [Theory]
    [InlineData("气温25℃", "气温二十五摄氏度")]
    [InlineData("零下3°C", "零下三摄氏度")]
    [InlineData("全长12.6km", "全长十二点六公里")]
    [InlineData("面积90㎡", "面积九十平方米")]
    [InlineData("大米25kg", "大米二十五公斤")]
    [InlineData("时速80km/h", "时速八十公里每小时")]
    [InlineData("30元/斤", "三十元每斤")]
    [InlineData("建成5G基站", "建成五G基站")]
    public void Normalise_UnitsAndSymbols(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));

    [Theory]
    [InlineData("电话：0812-3345678", "电话：零八幺二三三四五六七八")]
    [InlineData("手机13812345678", "手机幺三八幺二三四五六七八")]
    [InlineData("拨打12345政务服务热线", "拨打幺二三四五政务服务热线")]
    [InlineData("服务热线400-123-4567", "服务热线四零零幺二三四五六七")]
    [InlineData("号码为10086", "号码为幺零零八六")]
    [InlineData("邮政编码：100027", "邮政编码：幺零零零二七")]
    public void Normalise_PhoneNumbersDigitByDigit(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));

    [Theory]
    [InlineData("2020年2月25日", "二零二零年二月二十五日")]
    [InlineData("2020-02-27", "二零二零年二月二十七日")]
    [InlineData("2020.2.27起", "二零二零年二月二十七日起")]
    [InlineData("2020/2/27日", "二零二零年二月二十七日")]
    [InlineData("2019—2021年", "二零一九到二零二一年")]
    [InlineData("（1978-2002）", "一九七八到二零零二")]
    [InlineData("1992——1998", "一九九二到一九九八")]
    [InlineData("20世纪90年代", "二十世纪九十年代")]
    [InlineData("近10年来", "近十年来")]
    public void Normalise_YearsAndDates(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));

    [Theory]
    [InlineData("上午9:30", "上午九点三十分")]
    [InlineData("6:05发车", "六点零五分发车")]
    [InlineData("9:00-17:00", "九点到十七点")]
    [InlineData("晚上8：00", "晚上八点")]
    [InlineData("下午2:30", "下午两点三十分")]
    [InlineData("比分为3:1", "比分为三比一")]
    public void Normalise_ClockTimes(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));

    [Theory]
    [InlineData("增长3.5%", "增长百分之三点五")]
    [InlineData("6%-7%之间", "百分之六到百分之七之间")]
    [InlineData("3-5%", "百分之三到百分之五")]
    [InlineData("出生率2‰", "出生率千分之二")]
    [InlineData("3.2万元", "三点二万元")]
    [InlineData("1.5亿元", "一点五亿元")]
    [InlineData("下降0.8个百分点", "下降零点八个百分点")]
    public void Normalise_PercentagesDecimalsAndAmounts(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));

    [Theory]
    [InlineData("第3批", "第三批")]
    [InlineData("第2名", "第二名")]
    [InlineData("2名大学生", "两名大学生")]
    [InlineData("2万人次", "两万人次")]
    [InlineData("3-5天", "三到五天")]
    [InlineData("18～65岁", "十八到六十五岁")]
    [InlineData("400个", "四百个")]
    [InlineData("变化：-3度", "变化：负三度")]
    public void Normalise_OrdinalsRangesAndCounts(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));

    // Each of these was read wrong before: the sign or the zero dropped, digits read as a number, a marker read aloud.
    [Theory]
    [InlineData("气温-5℃", "气温零下五摄氏度")]
    [InlineData("最低气温-3.5°C", "最低气温零下三点五摄氏度")]
    [InlineData("下降到-3", "下降到负三")]
    [InlineData("增速为-0.8%", "增速为负百分之零点八")]
    [InlineData("共有35，000人", "共有三万五千人")]
    [InlineData("2021年02月05日", "二零二一年二月五日")]
    [InlineData("于20:04:17发布", "于二十点零四分十七秒发布")]
    [InlineData("9:00:05", "九点零分零五秒")]
    [InlineData("占总数的1/3", "占总数的三分之一")]
    [InlineData("售价$180", "售价一百八十美元")]
    [InlineData("研究表明[1][2]，", "研究表明，")]
    public void Normalise_SignsSeparatorsTimesFractionsMoneyAndMarkers(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));
}
