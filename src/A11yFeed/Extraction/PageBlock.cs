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
    /// <summary>Elements above the block in the page; one of the block model's features.</summary>
    public int Depth { get; init; }

    /// <summary>Inside a list item: menus and story lists are lists.</summary>
    public bool InList { get; init; }

    /// <summary>Inside the container the locator chose (always true when no container was given).</summary>
    public bool InStoryContainer { get; init; } = true;

    /// <summary>Visible characters inside links.</summary>
    public int LinkedLength { get; init; }

    /// <summary>
    /// Judged not story by the block model or the source's template: never body, but still read for
    /// 来源/发布时间 lines, which the story's labels leave out too.
    /// </summary>
    public bool Rejected { get; init; }

    public static PageBlock Paragraph(string text) => new(PageBlockKind.Paragraph, text);
}
