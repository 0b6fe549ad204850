using System.Globalization;

namespace A11yFeed.Web;

/// <summary>
/// The read-along buttons under the player. They are written hidden: only the script can make them work, so
/// it shows them; without it the page keeps the plain player and the transcript link.
/// </summary>
internal static class ReadAlongControls
{
    public static readonly double[] Speeds = [0.5, 0.75, 1, 1.25, 1.5, 2];

    /// <param name="lang">The lang attribute the page's own words need where they sit (inside an article in another language).</param>
    public static void Write(HtmlBuilder html, PageModel page, long articleId, (string, string?) lang)
    {
        var text = page.Text;
        html.Open("div", ("class", "readalong"), ("role", "group"), ("aria-label", text.ReadAlong), ("hidden", ""), lang,
            ("data-article", articleId.ToString(CultureInfo.InvariantCulture)), ("data-play", text.Play), ("data-pause", text.Pause)).Line();
        html.Element("p", text.ReadAlongHelp, ("class", "help"));
        html.Open("p", ("class", "buttons"));
        html.Element("button", text.PreviousSentence, ("type", "button"), ("class", "button"), ("data-act", "previous"));
        html.Element("button", text.Play, ("type", "button"), ("class", "button play"), ("data-act", "play"));
        html.Element("button", text.NextSentence, ("type", "button"), ("class", "button"), ("data-act", "next"));
        html.Open("label", ("class", "speed")).Text(text.Speed + " ").Open("select", ("data-act", "speed")).Line();
        foreach (var speed in Speeds)
        {
            var value = speed.ToString("0.##", CultureInfo.InvariantCulture);
            html.Element("option", value + "×", ("value", value), ("selected", speed == 1 ? "" : null));
        }

        html.Close("select").Close("label").Close("p").Close("div");
    }
}
