namespace A11yFeed.Web;

public static class PageEndpoints
{
    /// <summary>
    /// The reading pages: / (all sources), /sources/{id}, /articles/{id}, /listen (every new episode), their
    /// large-print twins under /large-print, the stylesheet, the two scripts and /listen.m3u. Needs AddFeeds.
    /// </summary>
    public static RouteGroupBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("");
        group.AddEndpointFilter(async (context, next) =>
            ReaderPreferences.ApplyFromQuery(context.HttpContext) ?? ReaderLanguage.ApplyFromQuery(context.HttpContext) ?? await next(context));
        MapReadingPages(group);
        MapReadingPages(group.MapGroup(SitePaths.LargePrintPrefix));
        group.MapGet("/site.css", (HttpContext http) => Asset(http, SiteStyles.Css, "text/css; charset=utf-8"));
        group.MapGet("/read-along.js", (HttpContext http) => Asset(http, ReadAlongScript.Js, "text/javascript; charset=utf-8"));
        group.MapGet("/listen.js", (HttpContext http) => Asset(http, ListenScript.Js, "text/javascript; charset=utf-8"));
        group.MapGet("/listen.m3u", ListenPlaylist.ServeAsync);
        return group;
    }

    private static void MapReadingPages(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/", HomePage.RenderAsync);
        pages.MapGet("/sources/{id}", SourcePage.RenderAsync);
        pages.MapGet("/articles/{id:long}", ArticlePage.RenderAsync);
        pages.MapGet("/listen", ListenPage.RenderAsync);
    }

    private static IResult Asset(HttpContext http, string text, string contentType)
    {
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return Results.Text(text, contentType);
    }
}
