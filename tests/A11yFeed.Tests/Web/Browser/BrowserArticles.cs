namespace A11yFeed.Tests.Web.Browser;

/// <summary>Invented articles long enough to wrap lines in large print, in English and in Chinese.</summary>
internal static class BrowserArticles
{
    public static readonly string[] EnglishFirst =
    [
        "From Monday the city library keeps its large-print reading room open until eight in the evening on weekdays.",
        "Volunteers will read the morning newspapers aloud at ten o'clock, and anyone may ask for a favourite column.",
        "The room has new magnifying lamps, armchairs with firm seats, and a quiet corner for listening to audio books.",
        "Staff say the longer hours follow a survey in which many older readers asked for time after their afternoon rest.",
    ];

    public static readonly string[] EnglishSecond =
    [
        "Entry is free with a library card.",
        "Ask at the front desk for a guided tour.",
    ];

    public static readonly string[] ChineseFirst =
    [
        "从下周一开始，全市各社区食堂将为七十岁以上老人提供每天两餐的助餐服务，价格比去年降低一成。",
        "行动不便的老人可以打电话预约，由社区志愿者在中午十一点半以前把饭菜送到家里。",
        "社区卫生服务中心同时开展冬季健康体检，测量血压、血糖，并提供用药咨询。",
        "有关部门提醒老人注意保暖，外出时穿防滑鞋，遇到困难可以拨打社区服务电话。",
    ];

    public static readonly string[] ChineseSecond =
    [
        "服务时间为每天上午八点到下午五点。",
        "节假日照常服务。",
    ];
}
