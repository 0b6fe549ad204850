using System.Diagnostics;
using A11yFeed.Feeds;

namespace A11yFeed.Tests.Feeds;

public sealed class ArtworkRendererTests
{
    [Fact]
    public async Task Render_IsASquare1400PngThatFfmpegDecodes()
    {
        var png = new ArtworkRenderer().Render("city");

        var pixels = await DecodeWithFfmpegAsync(png);

        Assert.Equal(ArtworkRenderer.Size * ArtworkRenderer.Size * 3, pixels.Length);
        var background = ArtworkRenderer.Background("city");
        Assert.Equal([background.R, background.G, background.B], Pixel(pixels, 5, 5));
        // Left of the play symbol inside the disc is white; the symbol's middle shows the background again.
        Assert.Equal([255, 255, 255], Pixel(pixels, 320, 700));
        Assert.Equal([background.R, background.G, background.B], Pixel(pixels, 700, 700));
    }

    [Fact]
    public void Render_SameIdSameBytesAndSourcesDifferInColour()
    {
        var renderer = new ArtworkRenderer();

        Assert.Equal(renderer.Render("city"), new ArtworkRenderer().Render("city"));
        Assert.NotEqual(ArtworkRenderer.Background("city"), ArtworkRenderer.Background("demo"));
        Assert.InRange(renderer.Render("demo").Length, 1000, 200_000);
    }

    private static byte[] Pixel(byte[] pixels, int x, int y) => pixels.AsSpan((y * ArtworkRenderer.Size + x) * 3, 3).ToArray();

    private static async Task<byte[]> DecodeWithFfmpegAsync(byte[] png)
    {
        var path = Path.Combine(Path.GetTempPath(), "a11yfeed-artwork-" + Guid.NewGuid().ToString("N") + ".png");
        await File.WriteAllBytesAsync(path, png);
        try
        {
            var start = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-v", "error", "-i", path, "-f", "rawvideo", "-pix_fmt", "rgb24", "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var output = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.BaseStream.CopyToAsync(output);
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await error);
            Assert.Equal("", await error);
            return output.ToArray();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
