using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace A11yFeed.Web;

/// <summary>
/// The reader's text size and colours, kept in a cookie so they hold on every page. Plain links set them
/// (<c>?size=3&amp;theme=dark</c>): the answer stores the cookie and redirects to the same page without those
/// parameters, so the choice works without JavaScript and never ends up in a bookmarked address.
/// </summary>
internal sealed record ReaderPreferences(int Size, string Theme)
{
    public const string CookieName = "a11yfeed-view";
    public const string SizeParameter = "size";
    public const string ThemeParameter = "theme";
    public const int DefaultSize = 2;
    public const int MaxSize = 5;

    /// <summary>Default follows the system's light or dark setting; the others are fixed.</summary>
    public static readonly IReadOnlyList<string> Themes = ["default", "dark", "contrast"];

    public static readonly ReaderPreferences Default = new(DefaultSize, "default");

    public string HtmlClass => $"size-{Size} theme-{Theme}";

    public static ReaderPreferences From(HttpRequest request)
    {
        var value = request.Cookies[CookieName];
        var parts = (value ?? "").Split('-', 2);
        return Default.With(parts[0], parts.Length > 1 ? parts[1] : null);
    }

    /// <summary>These preferences with any valid size or theme applied; anything unreadable keeps what was there.</summary>
    public ReaderPreferences With(string? size, string? theme) => new(
        int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= MaxSize ? s : Size,
        theme is not null && Themes.Contains(theme) ? theme : Theme);

    /// <summary>Stores a size or theme given in the query and redirects to the page without it; null when there is none.</summary>
    public static IResult? ApplyFromQuery(HttpContext http)
    {
        var request = http.Request;
        if (!request.Query.ContainsKey(SizeParameter) && !request.Query.ContainsKey(ThemeParameter))
        {
            return null;
        }

        var chosen = From(request).With(request.Query[SizeParameter], request.Query[ThemeParameter]);
        http.Response.Cookies.Append(CookieName, $"{chosen.Size}-{chosen.Theme}", new CookieOptions
        {
            Path = request.PathBase.HasValue ? request.PathBase.Value : "/",
            MaxAge = TimeSpan.FromDays(400),
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
        return Results.Redirect(PageWithoutChoices(request), permanent: false, preserveMethod: false);
    }

    /// <summary>The request's own page with <paramref name="parameter"/> set to <paramref name="value"/>: a preference link.</summary>
    public static string Link(HttpRequest request, string parameter, string value) => PageUrl(request, parameter, value);

    /// <summary>The request's own page without any size, theme or language choice in its query: where a choice redirects to.</summary>
    public static string PageWithoutChoices(HttpRequest request) => PageUrl(request, null, null);

    private static string PageUrl(HttpRequest request, string? parameter, string? value)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query.Remove(SizeParameter);
        query.Remove(ThemeParameter);
        query.Remove(ReaderLanguage.Parameter);
        if (parameter is not null)
        {
            query[parameter] = value;
        }

        // Only ever a path on this site: "//host" would leave it.
        var path = (request.PathBase + request.Path).ToUriComponent();
        return QueryHelpers.AddQueryString(path.StartsWith("//", StringComparison.Ordinal) ? "/" : path, query);
    }
}
