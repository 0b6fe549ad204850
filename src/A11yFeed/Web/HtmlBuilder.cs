using System.Text;
using A11yFeed.Publishing;

namespace A11yFeed.Web;

/// <summary>
/// Writes HTML where every text and attribute value passes through the HTML encoder; tag and attribute
/// names come from code only. A null attribute value leaves the attribute out; an empty one writes it bare.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new();

    public HtmlBuilder Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name);
            if (value.Length > 0)
            {
                _html.Append("=\"").Append(HtmlEscaper.Encode(value)).Append('"');
            }
        }

        _html.Append('>');
        return this;
    }

    /// <summary>A void element such as meta, link or source: no content, no end tag.</summary>
    public HtmlBuilder Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Line();

    public HtmlBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return Line();
    }

    public HtmlBuilder Text(string? text)
    {
        _html.Append(HtmlEscaper.Encode(text ?? ""));
        return this;
    }

    public HtmlBuilder Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Markup written by this program (the doctype); never pass outside text here.</summary>
    public HtmlBuilder Trusted(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlBuilder Line()
    {
        _html.Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();
}
