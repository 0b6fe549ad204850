using System.Text.Json;
using Microsoft.Playwright;

namespace A11yFeed.Tests.Web.Browser;

/// <summary>Scripts run in the page that measure layout the way a reader meets it; each returns a list of problems.</summary>
internal static class PageMeasurements
{
    /// <summary>WCAG 1.4.12's text-spacing override, as the bookmarklets testers use apply it.</summary>
    public const string TextSpacing =
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p, li { margin-bottom: 2em !important; }";

    /// <summary>Horizontal scrolling, and boxes that cut off their own text.</summary>
    private const string ReflowScript = """
        () => {
          const problems = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
          for (const el of document.querySelectorAll('body *')) {
            const cs = getComputedStyle(el);
            if (cs.display === 'none' || el.closest('.skip')) continue;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > root.clientWidth + 1) problems.push(`${el.tagName}.${el.className} sticks out: right ${r.right}`);
            if (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'AUDIO' && el.tagName !== 'SELECT') problems.push(`${el.tagName} clips its content`);
          }
          return problems;
        }
        """;

    /// <summary>Every large-print number from the brief, measured on the rendered page.</summary>
    private const string LargePrintScript = """
        () => {
          const problems = [];
          const px = v => parseFloat(v);
          const isZh = el => (el.closest('[lang]')?.lang || '').startsWith('zh');
          const lineLengths = el => {
            const lines = new Map();
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = 0; i < node.length; i++) {
                range.setStart(node, i); range.setEnd(node, i + 1);
                const rect = range.getClientRects()[0];
                if (!rect || rect.width === 0) continue;
                const top = Math.round(rect.top + rect.height / 2);
                let key = [...lines.keys()].find(k => Math.abs(k - top) < rect.height / 2);
                if (key === undefined) { key = top; lines.set(key, { count: 0, first: i, node }); }
                const line = lines.get(key); line.count++;
              }
            }
            return [...lines.values()].map(l => l.count);
          };
          if (px(getComputedStyle(document.body).fontSize) < 24) problems.push(`body text ${getComputedStyle(document.body).fontSize}`);
          for (const el of document.querySelectorAll('main p, main li, main h1, main h2')) {
            const cs = getComputedStyle(el);
            const fs = px(cs.fontSize), lh = px(cs.lineHeight), zh = isZh(el);
            const what = `${el.tagName} "${el.textContent.trim().slice(0, 12)}"`;
            if (fs < 24) problems.push(`${what}: font-size ${fs}px`);
            if (!(lh / fs >= (zh ? 1.8 : 1.5) - 0.01)) problems.push(`${what}: line-height ${cs.lineHeight} for ${fs}px`);
            if ((el.tagName === 'P' || el.tagName === 'LI') && px(cs.marginBottom) < 1.5 * lh - 0.5) problems.push(`${what}: paragraph spacing ${cs.marginBottom} < 1.5 x ${lh}px`);
            if (cs.textAlign === 'justify') problems.push(`${what}: justified`);
            const longest = Math.max(0, ...lineLengths(el));
            // Spaces count as characters; the one a line breaks at may add one.
            if (longest > (zh ? 40 : 81)) problems.push(`${what}: ${longest} characters on a line`);
          }
          for (const el of document.querySelectorAll('a, button, select, input, audio')) {
            const r = el.getBoundingClientRect();
            // The skip link shows only when focused; a player's fallback link shows only where audio cannot play;
            // an element that is not rendered at all (the listening page's hidden audio) is no target.
            if (el.classList.contains('skip') || el.parentElement.closest('audio') || el.getClientRects().length === 0) continue;
            if (r.width < 60 - 0.5 || r.height < 60 - 0.5) problems.push(`${el.tagName} "${el.textContent.trim().slice(0, 12)}" is ${r.width}x${r.height}`);
          }
          for (const el of document.querySelectorAll('*')) {
            if (el.parentElement && el.parentElement.closest('audio')) continue;
            const cs = getComputedStyle(el);
            if (cs.animationName !== 'none' || cs.transitionDuration.split(',').some(d => px(d) > 0)) problems.push(`${el.tagName} moves`);
          }
          if (document.querySelector('dialog, [target], [role=dialog], [role=alertdialog], [popover]')) problems.push('a pop-up or a new window');
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
          return problems;
        }
        """;

    public static Task<string[]> ReflowProblemsAsync(IPage page) => page.EvaluateAsync<string[]>(ReflowScript);

    public static Task<string[]> LargePrintProblemsAsync(IPage page) => page.EvaluateAsync<string[]>(LargePrintScript);

    public static async Task ApplyTextSpacingAsync(IPage page) =>
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = TextSpacing });

    public static string Describe(IEnumerable<string> problems) => JsonSerializer.Serialize(problems.Take(8));
}
