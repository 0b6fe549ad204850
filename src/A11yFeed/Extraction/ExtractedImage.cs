namespace A11yFeed.Extraction;

public sealed record ExtractedImage(Uri? Source, string? Alt, string? Caption);
