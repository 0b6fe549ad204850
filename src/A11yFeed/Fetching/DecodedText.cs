namespace A11yFeed.Fetching;

/// <summary>Text decoded from bytes, with the name of the charset that was used (e.g. "utf-8", "gb18030").</summary>
public sealed record DecodedText(string Text, string Charset);
