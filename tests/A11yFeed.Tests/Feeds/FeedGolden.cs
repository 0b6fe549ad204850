using System.Text;

namespace A11yFeed.Tests.Feeds;

/// <summary>Compares output to Golden/Feeds; A11YFEED_UPDATE_GOLDEN=1 rewrites the files in the source tree instead.</summary>
internal static class FeedGolden
{
    public static void AssertMatches(string name, byte[] actual)
    {
        var text = Encoding.UTF8.GetString(actual);
        if (Environment.GetEnvironmentVariable("A11YFEED_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceFolder(), name), text, new UTF8Encoding(false));
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "Feeds", name);
        Assert.True(File.Exists(path), $"Golden file {name} is missing; run once with A11YFEED_UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(path, Encoding.UTF8), text);
    }

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "A11yFeed.Tests.csproj")))
            {
                var folder = Path.Combine(dir.FullName, "Golden", "Feeds");
                Directory.CreateDirectory(folder);
                return folder;
            }
        }

        throw new InvalidOperationException("Cannot find the test project folder to update golden files.");
    }
}
