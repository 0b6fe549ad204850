using A11yFeed.Sources;

namespace A11yFeed.Tests.Sources;

/// <summary>The source setting that says when a source's day (and its daily bulletin) ends.</summary>
public sealed class SourceTimeZoneTests : IDisposable
{
    private readonly string _feeds = Directory.CreateTempSubdirectory("a11yfeed-zones-").FullName;

    public void Dispose() => Directory.Delete(_feeds, recursive: true);

    [Theory]
    [InlineData("zh-CN", null, "Asia/Shanghai")]
    [InlineData("zh-TW", null, "Asia/Shanghai")]
    [InlineData("en", null, "UTC")]
    [InlineData("zh-CN", "Europe/London", "Europe/London")]
    public void For_DefaultsByLanguageUnlessTheSourceNamesAZone(string language, string? zone, string expected)
    {
        var field = zone is null ? "" : $",\"timeZone\":\"{zone}\"";
        File.WriteAllText(Path.Combine(_feeds, "s.json"), $$"""{"title":"T","kind":"page","location":"https://a.example.org/","language":"{{language}}"{{field}}}""");

        var source = Assert.Single(SourceCatalogLoader.Load(_feeds).All);

        Assert.Equal(expected, SourceTimeZone.For(source).Id);
    }

    [Fact]
    public void Load_RefusesAnUnknownZone()
    {
        File.WriteAllText(Path.Combine(_feeds, "s.json"), """{"title":"T","kind":"page","location":"https://a.example.org/","timeZone":"Mars/Olympus"}""");

        var error = Assert.Throws<SourceDefinitionException>(() => SourceCatalogLoader.Load(_feeds));

        Assert.Contains(error.Problems, p => p.Contains("'timeZone':", StringComparison.Ordinal) && p.Contains("Mars/Olympus", StringComparison.Ordinal));
    }
}
