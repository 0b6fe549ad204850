namespace A11yFeed.Text;

/// <summary>The form of text a speech engine wants: normalised text, or Mandarin as pinyin with tone numbers.</summary>
public enum SpokenForm
{
    Text,
    Pinyin,
}
