using System.Text;
using A11yFeed.Model;

namespace A11yFeed.Bench.Polyphones;

/// <summary>
/// One labelled sentence of ../shared/polyphones, made ready to score as its README says: the marks removed, every
/// run of non-Hanzi replaced by a comma (so each Hanzi yields one syllable), and the marked character's position
/// counted in Hanzi.
/// </summary>
internal sealed record PolyphoneSentence(string Text, int HanziIndex, string Character, string Label)
{
    private const char Mark = '\u2581';

    public static List<PolyphoneSentence> Load(string folder)
    {
        var sentences = File.ReadAllLines(Path.Combine(folder, "cpp-dev.sent"));
        var labels = File.ReadAllLines(Path.Combine(folder, "cpp-dev.lb"));
        if (sentences.Length != labels.Length)
        {
            throw new InvalidDataException($"{sentences.Length} sentences but {labels.Length} labels in {folder}");
        }

        return sentences.Select((s, i) => Parse(s, NormaliseLabel(labels[i]))).ToList();
    }

    // The labels write ü as "u:" (nu:3); the reading writes it v (nv3), as the README's scoring asks.
    private static string NormaliseLabel(string label) => label.Trim().Replace("u:", "v", StringComparison.Ordinal).Replace('ü', 'v');

    private static PolyphoneSentence Parse(string marked, string label)
    {
        var builder = new StringBuilder(marked.Length);
        int hanzi = 0, markedAt = -1;
        var character = "";
        var inOther = false;
        var runes = marked.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            if (rune.Value == Mark && i + 2 < runes.Count && runes[i + 2].Value == Mark && markedAt < 0)
            {
                markedAt = hanzi;
                character = runes[i + 1].ToString();
                continue;
            }

            if (rune.Value == Mark)
            {
                continue;
            }

            if (HanScript.IsHan(rune))
            {
                builder.Append(rune.ToString());
                hanzi++;
                inOther = false;
            }
            else if (!inOther)
            {
                builder.Append('，');
                inOther = true;
            }
        }

        if (markedAt < 0)
        {
            throw new InvalidDataException($"no marked character in: {marked}");
        }

        return new PolyphoneSentence(builder.ToString(), markedAt, character, label);
    }
}
