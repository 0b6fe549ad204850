using A11yFeed.Text;

namespace A11yFeed.Tests.Text;

/// <summary>
/// The readings an outside check of news text found wrong (issue 12), each as it must now be said; regression
/// tests all, since each was heard wrong once.
/// </summary>
public class IssueCasesTests
{
    private static readonly SpeechTextPreparer Preparer = new();

    [Theory]
    [InlineData("面积为66万亩", "wei2 liu4 shi2 liu4 wan4 mu3")]
    [InlineData("比例调整为30％", "wei2 bai3 fen1 zhi1 san1 shi2")]
    [InlineData("开发商还为业主准备了礼物", "hai2 wei4 ye4 zhu3")]
    [InlineData("以人民为中心", "wei2 zhong1 xin1")]
    [InlineData("他感慨万千地说", "de5 shuo1")]
    [InlineData("更好地支持企业发展", "de5 zhi1 chi2")]
    [InlineData("房间布置得像家一样", "bu4 zhi4 de5 xiang4")]
    [InlineData("他活得很开心", "huo2 de5 hen3")]
    [InlineData("孩子长得快", "chang2 de5 kuai4")]
    [InlineData("只发给他一个人", "zhi3 fa1")]
    [InlineData("我只听到一声", "zhi3 ting1")]
    [InlineData("这个问题解决不了", "bu4 liao3")]
    [InlineData("政府应加强管理", "ying1 jia1")]
    [InlineData("他们供养老人", "gong1 yang3")]
    [InlineData("於是他走了", "yu2 shi4")]
    [InlineData("他自曝身份", "zi4 bao4")]
    [InlineData("热轧钢板产量增长", "re4 zha2")]
    [InlineData("两人并肩同行", "tong2 xing2")]
    [InlineData("这是一个朝阳行业", "zhao1 yang2 hang2 ye4")]
    [InlineData("他穿着大衣", "chuan1 zhe5")]
    [InlineData("大家加油干", "jia1 you2 gan4")]
    [InlineData("他去献血了", "xian4 xue4")]
    public void Prepare_ReadsPolyphonesAsInNews(string sentence, string expected) =>
        Assert.Contains($" {expected} ", $" {Read(sentence)} ", StringComparison.Ordinal);

    [Theory]
    [InlineData("会议定于6/30召开", "会议定于六月三十日召开")]
    [InlineData("6/30起实施", "六月三十日起实施")]
    [InlineData("只占1/3", "只占三分之一")]
    [InlineData("在1/3的地区", "在三分之一的地区")]
    [InlineData("延长到60年", "延长到六十年")]
    [InlineData("98年毕业", "九八年毕业")]
    [InlineData("在05年", "在零五年")]
    [InlineData("已有98年来的记录", "已有九十八年来的记录")]
    [InlineData("8090后成为主力", "八零九零后成为主力")]
    [InlineData("00后", "零零后")]
    [InlineData("用84消毒液消毒", "用八四消毒液消毒")]
    [InlineData("《恋曲1990》", "恋曲一九九零")]
    [InlineData("2001－现在", "二零零一到现在")]
    [InlineData("2021年的工作", "二零二一年的工作")]
    [InlineData("气温-5℃", "气温零下五摄氏度")]
    [InlineData("下降到-3", "下降到负三")]
    [InlineData("35，000年前", "三万五千年前")]
    [InlineData("02月", "二月")]
    [InlineData("20:04:17", "二十点零四分十七秒")]
    [InlineData("售价$180", "售价一百八十美元")]
    [InlineData("研究表明[1][2]", "研究表明")]
    public void Normalise_ReadsNumbersAsInNews(string text, string expected) => Assert.Equal(expected, ChineseTextNormaliser.Normalise(text));

    private static string Read(string sentence) => Preparer.Prepare(sentence, "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty);
}
