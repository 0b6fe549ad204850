using System.Text.RegularExpressions;

namespace A11yFeed.Text;

/// <summary>Unit symbols after a number, said as their Chinese names (5km 五公里, 30㎡ 三十平方米, 25℃ 二十五摄氏度).</summary>
internal static partial class ChineseUnits
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["℃"] = "摄氏度", ["°C"] = "摄氏度", ["°"] = "度", ["℉"] = "华氏度",
        ["km/h"] = "公里每小时", ["km²"] = "平方公里", ["km2"] = "平方公里", ["k㎡"] = "平方公里", ["㎢"] = "平方公里", ["km"] = "公里", ["㎞"] = "公里",
        ["m²"] = "平方米", ["m2"] = "平方米", ["㎡"] = "平方米", ["m³"] = "立方米", ["m3"] = "立方米", ["㎥"] = "立方米",
        ["cm"] = "厘米", ["mm"] = "毫米", ["m"] = "米",
        ["kg"] = "公斤", ["㎏"] = "公斤", ["mg"] = "毫克", ["g"] = "克",
        ["ml"] = "毫升", ["mL"] = "毫升", ["L"] = "升",
        ["kWh"] = "千瓦时", ["kW·h"] = "千瓦时", ["kW"] = "千瓦", ["MW"] = "兆瓦", ["kV"] = "千伏", ["GB"] = "吉字节", ["MB"] = "兆字节",
        ["ha"] = "公顷", ["h"] = "小时", ["min"] = "分钟",
    };

    public static string Replace(string text)
    {
        text = AfterNumber().Replace(text, m => Names[m.Groups[1].Value]);
        return Temperature().Replace(text, m => Names[m.Value]);
    }

    // Longest symbols first; a symbol glued to more Latin letters is a word, not a unit (5G stays 5G).
    [GeneratedRegex(@"(?<=\d)\s?(km/h|km²|km2|k㎡|㎢|km|㎞|m²|m2|㎡|m³|m3|㎥|cm|mm|kg|㎏|mg|ml|mL|kWh|kW·h|kW|MW|kV|GB|MB|ha|min|m|g|L|h)(?![A-Za-z0-9])")]
    private static partial Regex AfterNumber();

    [GeneratedRegex("℃|°C|℉|°")]
    private static partial Regex Temperature();
}
