using System.Text;
using A11yFeed.Audio;

namespace A11yFeed.Bulletins;

/// <summary>
/// A bulletin's WebVTT transcript: a cue per chapter ("chapter-N", the item's title over the whole item), then a cue
/// per spoken sentence. Chapter cues overlap the sentences, which WebVTT allows, so one file serves both a player's
/// chapter list and its captions.
/// </summary>
public static class BulletinTranscript
{
    public static string Write(Bulletin bulletin)
    {
        var vtt = new StringBuilder("WEBVTT\n\nNOTE Cues named chapter-N mark where each item of the bulletin starts.\n");
        for (var i = 0; i < bulletin.Chapters.Count; i++)
        {
            var chapter = bulletin.Chapters[i];
            vtt.Append('\n').Append("chapter-").Append(i + 1).Append('\n')
                .Append(WebVttWriter.Timestamp(chapter.StartMs)).Append(" --> ")
                .Append(WebVttWriter.Timestamp(Math.Max(chapter.EndMs, chapter.StartMs + 1))).Append('\n')
                .Append(WebVttWriter.Escape(chapter.Title)).Append('\n');
        }

        // The sentences follow, numbered 1, 2, … as in an episode's transcript.
        var sentences = WebVttWriter.Write(bulletin.Sentences);
        return vtt.Append(sentences["WEBVTT\n".Length..]).ToString();
    }
}
