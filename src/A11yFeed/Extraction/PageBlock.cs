namespace A11yFeed.Extraction;

internal enum PageBlockKind
{
    Paragraph,
    Heading,
    Image,

    /// <summary>Text that is (almost) all inside links: navigation and story lists.</summary>
    Link,

    /// <summary>Marked as a caption by the page itself (figcaption).</summary>
    Caption,
}

/// <summary>One block of a page in reading order, already normalised; for images Text is the alt text.</summary>
internal sealed record PageBlock(PageBlockKind Kind, string Text, Uri? ImageSource = null)
{
    public static PageBlock Paragraph(string text) => new(PageBlockKind.Paragraph, text);
}
