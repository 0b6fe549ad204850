using System.Diagnostics;
using A11yFeed.Artwork;

namespace A11yFeed.Tests.Artwork;

/// <summary>Reads covers back as an outside program sees them: decoded by ffmpeg, read by tesseract OCR.</summary>
internal static class ArtworkImage
{
    public static bool OcrInstalled { get; } =
        File.Exists("/usr/bin/tesseract") && Directory.Exists("/usr/share/tesseract-ocr")
        && Directory.EnumerateFiles("/usr/share/tesseract-ocr", "chi_sim.traineddata", SearchOption.AllDirectories).Any();

    public static byte[] Pixel(byte[] rgb, int x, int y) => rgb.AsSpan((y * PlainArtwork.Size + x) * 3, 3).ToArray();

    /// <summary>The PNG's pixels as RGB rows, decoded by ffmpeg; fails the test if ffmpeg reports any error.</summary>
    public static async Task<byte[]> DecodeAsync(byte[] png)
    {
        var (output, error, exitCode) = await RunAsync("ffmpeg", png, "-v", "error", "-i", "{png}", "-f", "rawvideo", "-pix_fmt", "rgb24", "-");
        Assert.True(exitCode == 0, error);
        Assert.Equal("", error);
        return output;
    }

    /// <summary>The text tesseract reads in the PNG with the given trained language (eng, chi_sim).</summary>
    public static async Task<string> ReadTextAsync(byte[] png, string language)
    {
        var (output, error, exitCode) = await RunAsync("tesseract", png, "{png}", "stdout", "-l", language, "--psm", "6");
        Assert.True(exitCode == 0, error);
        return System.Text.Encoding.UTF8.GetString(output);
    }

    private static async Task<(byte[] Output, string Error, int ExitCode)> RunAsync(string program, byte[] png, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), "a11yfeed-artwork-" + Guid.NewGuid().ToString("N") + ".png");
        await File.WriteAllBytesAsync(path, png);
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{png}" ? path : argument);
            }

            using var process = Process.Start(start)!;
            using var output = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.BaseStream.CopyToAsync(output);
            await process.WaitForExitAsync();
            return (output.ToArray(), await error, process.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
