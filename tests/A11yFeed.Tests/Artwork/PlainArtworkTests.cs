using A11yFeed.Artwork;

namespace A11yFeed.Tests.Artwork;

public sealed class PlainArtworkTests
{
    [Fact]
    public async Task Render_IsASquare1400PngThatFfmpegDecodes()
    {
        var png = PlainArtwork.Render("city");

        var pixels = await ArtworkImage.DecodeAsync(png);

        Assert.Equal(PlainArtwork.Size * PlainArtwork.Size * 3, pixels.Length);
        var background = PlainArtwork.Background("city");
        Assert.Equal([background.R, background.G, background.B], Pixel(pixels, 5, 5));
        // Left of the play symbol inside the disc is white; the symbol's middle shows the background again.
        Assert.Equal([255, 255, 255], Pixel(pixels, 320, 700));
        Assert.Equal([background.R, background.G, background.B], Pixel(pixels, 700, 700));
    }

    [Fact]
    public void Render_SameIdSameBytesAndSourcesDifferInColour()
    {
        Assert.Equal(PlainArtwork.Render("city"), PlainArtwork.Render("city"));
        Assert.NotEqual(PlainArtwork.Background("city"), PlainArtwork.Background("demo"));
        Assert.InRange(PlainArtwork.Render("demo").Length, 1000, 200_000);
    }

    private static byte[] Pixel(byte[] pixels, int x, int y) => ArtworkImage.Pixel(pixels, x, y);
}
