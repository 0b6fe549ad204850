namespace A11yFeed.Fetching;

/// <summary>A connection refused because the host resolved only to internal addresses; never retried.</summary>
public sealed class InternalAddressRefusedException(string message) : Exception(message);
