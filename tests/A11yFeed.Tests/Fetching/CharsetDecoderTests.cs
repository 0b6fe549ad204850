using System.Text;
using A11yFeed.Fetching;

namespace A11yFeed.Tests.Fetching;

public sealed class CharsetDecoderTests
{
    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("gb2312")]
    [InlineData("GBK")]
    [InlineData("x-gbk")]
    [InlineData("\"gb2312\"")]
    public void Resolve_WidensTheGbFamilyToGb18030(string label) =>
        Assert.Equal("gb18030", CharsetDecoder.Resolve(label)!.WebName);

    [Fact]
    public void Resolve_UnknownLabel_IsNull() => Assert.Null(CharsetDecoder.Resolve("klingon-8"));

    [Fact]
    public void Decode_ReadsTheXmlDeclaration()
    {
        var bytes = Encoding.GetEncoding(936).GetBytes("<?xml version=\"1.0\" encoding=\"gb2312\"?><rss><title>政务公开</title></rss>");

        var decoded = CharsetDecoder.Decode(bytes, null);

        Assert.Contains("政务公开", decoded.Text);
        Assert.Equal("gb18030", decoded.Charset);
    }

    [Fact]
    public void Decode_BomBeatsAWrongHeader()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("老年人")];

        Assert.Equal("老年人", CharsetDecoder.Decode(bytes, "gbk").Text);
    }

    [Fact]
    public void Decode_UndeclaredBig5_IsDetected()
    {
        // Big5 proves detection runs: the GB18030 fallback would turn this into mojibake.
        const string Text = "市政府今天舉行記者會，說明長者交通優惠的新措施，並請市民踴躍參與社區關懷活動。";
        var bytes = Encoding.GetEncoding("big5").GetBytes(string.Concat(Enumerable.Repeat($"<p>{Text}</p>\n", 6)));

        var decoded = CharsetDecoder.Decode(bytes, null);

        Assert.Contains(Text, decoded.Text);
        Assert.Equal("big5", decoded.Charset);
    }

    // A page re-saved as UTF-8 that kept its gb2312 <meta> came out as mojibake.
    [Fact]
    public void Decode_Utf8BytesUnderAGbMeta_AreUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"gb2312\"></head><body><p>市民服务中心延长办公时间</p></body></html>");

        var decoded = CharsetDecoder.Decode(bytes, null);

        Assert.Contains("市民服务中心延长办公时间", decoded.Text);
        Assert.Equal("utf-8", decoded.Charset);
    }

    [Fact]
    public void Decode_GbkBytesUnderAUtf8Header_AreDetected()
    {
        const string Text = "市政府召开常务会议，研究部署冬季供暖、老年助餐和社区医疗服务等民生工作，要求各部门抓好落实。";
        var bytes = Encoding.GetEncoding(936).GetBytes(string.Concat(Enumerable.Repeat($"<p>{Text}</p>\n", 6)));

        var decoded = CharsetDecoder.Decode(bytes, "utf-8");

        Assert.Contains(Text, decoded.Text);
        Assert.Equal("gb18030", decoded.Charset);
    }

    [Fact]
    public void Decode_AsciiUnderAnyLabel_KeepsTheLabel() =>
        Assert.Equal("gb18030", CharsetDecoder.Decode(Encoding.ASCII.GetBytes("<p>news</p>"), "gbk").Charset);

    [Fact]
    public void Decode_UndeclaredUtf8_IsUtf8() =>
        Assert.Equal("utf-8", CharsetDecoder.Decode(Encoding.UTF8.GetBytes("<p>新闻</p>"), null).Charset);

    [Fact]
    public void LooksBinary_NulBytes_ButNotUtf16()
    {
        Assert.True(CharsetDecoder.LooksBinary([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00], null));
        Assert.False(CharsetDecoder.LooksBinary([0xFF, 0xFE, 0x41, 0x00], null));
        Assert.False(CharsetDecoder.LooksBinary(Encoding.UTF8.GetBytes("plain text"), null));
    }
}
