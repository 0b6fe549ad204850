namespace A11yFeed.Tools;

/// <summary>An outside tool was missing, could not start, ran too long or failed; the message says which, for people.</summary>
internal sealed class ToolException(string message, Exception? inner = null) : Exception(message, inner);
