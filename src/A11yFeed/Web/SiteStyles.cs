namespace A11yFeed.Web;

/// <summary>
/// One small stylesheet for elderly readers: large type, generous spacing, underlined links, a thick focus ring
/// and no grey text anywhere. Colours come from custom properties so each theme (standard, which follows the
/// system's dark setting; white on black; yellow on black) sets them once. "html.large" is the large-print view:
/// WCAG 1.4.8's numbers (24 px text, 1.5 line height, wide paragraph gaps, short lines, no justification),
/// 7:1 contrast, 60 px targets and no motion. Reflows down to 320 px and survives the 1.4.12 spacing override.
/// </summary>
internal static class SiteStyles
{
    public const string Css = """
        :root { color-scheme: light; --fg: #000; --bg: #fff; --link: #0000b3; --visited: #5a0080; --focus: #b35900; --error: #8b0000; --mark: #ffe066; --mark-fg: #000; }
        html.theme-dark { color-scheme: dark; --fg: #fff; --bg: #000; --link: #9cf; --visited: #e0b0ff; --focus: #ffb347; --error: #ff9e9e; --mark: #ffe066; --mark-fg: #000; }
        html.theme-contrast { color-scheme: dark; --fg: #ff0; --bg: #000; --link: #ff0; --visited: #ff0; --focus: #fff; --error: #ff0; --mark: #fff; --mark-fg: #000; }
        @media (prefers-color-scheme: dark) {
          html.theme-default { color-scheme: dark; --fg: #fff; --bg: #000; --link: #9cf; --visited: #e0b0ff; --focus: #ffb347; --error: #ff9e9e; }
        }
        html { font-size: 125%; }
        html.size-1 { font-size: 100%; } html.size-3 { font-size: 150%; } html.size-4 { font-size: 175%; } html.size-5 { font-size: 200%; }
        body { margin: 0 auto; max-width: 42rem; padding: 0 1rem 2rem; font-family: system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; line-height: 1.7; color: var(--fg); background: var(--bg); overflow-wrap: anywhere; text-align: start; }
        :lang(zh) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; }
        a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
        a:visited { color: var(--visited); }
        :focus-visible, a:focus, button:focus, select:focus, audio:focus, audio:focus-within { outline: 0.2rem solid var(--focus); outline-offset: 0.15rem; }
        .skip { position: absolute; left: -999rem; }
        .skip:focus { position: static; display: inline-block; padding: 0.5rem; background: #ff0; color: #000; }
        header { padding: 0.5rem 0; border-bottom: 0.15rem solid currentColor; }
        header .site { margin: 0.5rem 0; font-size: 1.1rem; font-weight: bold; }
        .options p { margin: 0.25rem 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; }
        .button { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box; min-height: 2.75rem; min-width: 2.75rem; padding: 0.2rem 0.6rem; border: 0.12rem solid currentColor; border-radius: 0.3rem; background: var(--bg); color: var(--link); font: inherit; line-height: 1.2; cursor: pointer; }
        a.button { text-decoration: none; }
        .button[aria-current] { color: var(--bg); background: var(--fg); border-color: var(--fg); font-weight: bold; }
        .print .button { font-weight: bold; }
        .z1 { font-size: 0.85em; } .z3 { font-size: 1.1em; } .z4 { font-size: 1.2em; } .z5 { font-size: 1.3em; }
        h1 { font-size: 1.8rem; line-height: 1.3; }
        h2 { font-size: 1.35rem; line-height: 1.35; margin-bottom: 0.3rem; }
        p, li { margin: 0 0 1rem; }
        ol, ul { padding-left: 1.2rem; }
        audio { display: block; width: 100%; margin: 0.5rem 0 1rem; }
        .meta { font-weight: bold; }
        .error { color: var(--error); font-weight: bold; }
        .feeds a, .links a { margin-right: 1rem; }
        .readalong { margin: 0 0 1rem; }
        .readalong[hidden] { display: none; }
        .readalong .buttons { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; }
        .speed select { font: inherit; min-height: 2.75rem; color: var(--fg); background: var(--bg); border: 0.12rem solid currentColor; }
        .s { cursor: pointer; border-radius: 0.15em; }
        .s.now { background: var(--mark); color: var(--mark-fg); box-decoration-break: clone; -webkit-box-decoration-break: clone; outline: 0.1em solid var(--mark); }
        @media (prefers-reduced-motion: no-preference) { .s { transition: background-color 0.2s; } }
        .button.big { min-height: 60px; min-width: 60px; padding: 0.3rem 1rem; font-size: 1.15em; font-weight: bold; }
        .listen { margin: 0 0 1.5rem; }
        .listen[hidden] { display: none; }
        .listen .now { font-size: 1.25em; font-weight: bold; }
        .listen .buttons { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem; }
        .listen .speed select { min-height: 60px; min-width: 60px; }
        .episodes > li[aria-current] { border-left: 0.4rem solid var(--focus); padding-left: 0.6rem; }
        .episodes h3 { font-size: 1.2rem; line-height: 1.35; margin-bottom: 0.3rem; }
        .listening { margin-bottom: 2rem; padding-bottom: 1rem; border-bottom: 0.15rem solid currentColor; }
        .from, .heard-note { font-weight: bold; }
        footer { margin-top: 2rem; padding-top: 1rem; border-top: 0.15rem solid currentColor; }
        html.large body { max-width: none; font-size: 1.5rem; }
        html.large *, html.large *::before, html.large *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
        .large h1, .large h2, .large p, .large li, .large .button { line-height: 1.5; }
        .large h1 { font-size: 1.6em; } .large h2 { font-size: 1.3em; } .large h3 { font-size: 1.15em; }
        .large main p, .large main li, .large h1, .large h2, .large h3 { max-width: 34em; }
        .large main p, .large main li { margin: 0 0 2.25em; }
        .large h1:lang(zh), .large h2:lang(zh), .large h3:lang(zh), .large p:lang(zh), .large li:lang(zh) { line-height: 1.8; }
        .large main p:lang(zh), .large main li:lang(zh) { margin-bottom: 2.7em; }
        .large main p:lang(zh), .large main li:lang(zh), .large h1:lang(zh), .large h2:lang(zh), .large h3:lang(zh) { max-width: 36em; }
        .large a, .large .button, .large select { display: inline-flex; align-items: center; box-sizing: border-box; min-height: 60px; min-width: 60px; }
        .large audio { height: 60px; }
        .large header .site, .large .z1, .large .z3, .large .z4, .large .z5 { font-size: 1em; }
        .large .feeds a, .large .links a { margin: 0 1rem 0.5rem 0; }
        @media print {
          :root, html.theme-dark, html.theme-contrast, html.theme-default { color-scheme: light; --fg: #000; --bg: #fff; --link: #000; --visited: #000; --error: #000; }
          html, html[class] { font-size: 12pt; }
          html.large { font-size: 18pt; }
          body { max-width: none; padding: 0; }
          :lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; }
          .skip, .options, audio, .readalong, .listen, .links, .feeds, footer, nav { display: none !important; }
          main a[href^="http"]::after { content: " (" attr(href) ")"; }
          .s.now { background: none; outline: none; }
          p, li { orphans: 3; widows: 3; }
          h1, h2 { break-after: avoid; }
        }
        """;
}
