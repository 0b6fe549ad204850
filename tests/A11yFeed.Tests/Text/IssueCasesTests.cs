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
    [InlineData("在人员按排上将优先考虑困难群众", "an4 pai2 shang4 jiang1 you1 xian1")]
    [InlineData("工作按排上将更加注重实效", "an4 pai2 shang4 jiang1 geng4 jia1")]
    [InlineData("他在正赛中将以第十名起跑", "zhong1 jiang1 yi3")]
    [InlineData("比赛前三名将获得奖金", "ming2 jiang1 huo4 de2")]
    [InlineData("在仁和区啊喇乡啊喇村河中村民小组", "a1 la3 xiang1 a1 la3 cun1")]
    [InlineData("啊喇乡啊喇村村支书", "a1 la3 xiang1 a1 la3 cun1")]
    public void Prepare_ReadsPolyphonesAsInNews(string sentence, string expected) =>
        Assert.Contains($" {expected} ", $" {Read(sentence)} ", StringComparison.Ordinal);

    // The rules that split 将 "will" from 上将/名将 and read 啊 in names must leave the rank and the particle alone.
    [Theory]
    [InlineData("他于1955年被授予上将军衔", "shang4 jiang4 jun1 xian2")]
    [InlineData("俄罗斯陆军上将出席会议", "lu4 jun1 shang4 jiang4")]
    [InlineData("洪学智上将于2006年在北京逝世", "shang4 jiang4 yu2")]
    [InlineData("他后来晋升为中将", "wei2 zhong1 jiang4")]
    [InlineData("乒乓球名将马龙夺冠", "ming2 jiang4")]
    [InlineData("这里的风景真美啊", "mei3 a5")]
    public void Prepare_KeepsTheRankAndTheParticle(string sentence, string expected) =>
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
