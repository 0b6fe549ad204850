namespace A11yFeed.Tests.Fetching;

internal static class FetchingFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Fetching", name));
}
