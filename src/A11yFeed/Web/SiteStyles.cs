namespace A11yFeed.Web;

/// <summary>
/// One small stylesheet for elderly readers: large type, generous spacing, black on white (white on black
/// in dark mode), underlined links and a thick focus ring. No grey text anywhere.
/// </summary>
internal static class SiteStyles
{
    public const string Css = """
        :root { color-scheme: light dark; }
        html { font-size: 125%; }
        body { margin: 0 auto; max-width: 42rem; padding: 0 1rem 2rem; font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; line-height: 1.7; color: #000; background: #fff; }
        a { color: #0000b3; text-decoration: underline; text-underline-offset: 0.15em; }
        a:visited { color: #5a0080; }
        a:focus, audio:focus, main:focus-visible { outline: 0.2rem solid #b35900; outline-offset: 0.15rem; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { position: static; display: inline-block; padding: 0.5rem; background: #ff0; color: #000; }
        header { padding: 1rem 0; border-bottom: 0.15rem solid currentColor; font-size: 1.1rem; font-weight: bold; }
        h1 { font-size: 1.8rem; line-height: 1.3; }
        h2 { font-size: 1.35rem; line-height: 1.35; margin-bottom: 0.3rem; }
        p, li { margin: 0 0 1rem; }
        ol, ul { padding-left: 1.2rem; }
        audio { display: block; width: 100%; margin: 0.5rem 0 1rem; }
        .meta { font-weight: bold; }
        .error { color: #8b0000; font-weight: bold; }
        .feeds a { margin-right: 1rem; }
        footer { margin-top: 2rem; padding-top: 1rem; border-top: 0.15rem solid currentColor; }
        @media (prefers-color-scheme: dark) {
          body { color: #fff; background: #000; }
          a { color: #9cf; } a:visited { color: #e0b0ff; }
          .error { color: #ff8080; }
          .skip:focus { background: #ff0; color: #000; }
        }
        """;
}
