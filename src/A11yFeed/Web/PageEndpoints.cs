namespace A11yFeed.Web;

public static class PageEndpoints
{
    /// <summary>The reading pages: / (all sources), /sources/{id}, /articles/{id} and their stylesheet. Needs AddFeeds.</summary>
    public static RouteGroupBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("");
        group.MapGet("/", HomePage.RenderAsync);
        group.MapGet("/sources/{id}", SourcePage.RenderAsync);
        group.MapGet("/articles/{id:long}", ArticlePage.RenderAsync);
        group.MapGet("/site.css", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(SiteStyles.Css, "text/css; charset=utf-8");
        });
        return group;
    }
}
