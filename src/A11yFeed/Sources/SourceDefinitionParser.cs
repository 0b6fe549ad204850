using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using A11yFeed.Model;
using A11yFeed.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace A11yFeed.Sources;

/// <summary>
/// Turns one definition file's JSON into a <see cref="SourceDefinition"/>, collecting every problem
/// (file and field named) rather than stopping at the first.
/// </summary>
internal sealed partial class SourceDefinitionParser(string shownPath, string definitionDirectory)
{
    private static readonly string[] KnownFields =
        ["id", "title", "kind", "location", "language", "description", "pollInterval", "voice", "fetchFullText", "linkSelector", "maxItems", "timeZone"];

    private static readonly string[] KnownVoiceFields = ["engine", "voice", "rate", "speakOpening", "lexicon"];

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public SourceDefinition? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("(file)", "must be a JSON object");
            return null;
        }

        var fields = new JsonFields(root, "", Problem);
        fields.ReportUnknown(KnownFields);
        var defaults = new SourceDefinition { Id = "", Title = "", Kind = SourceKind.Feed, Location = "" };

        var fileId = Path.GetFileNameWithoutExtension(shownPath);
        var id = fields.String("id") ?? fileId;
        if (!IdPattern().IsMatch(id))
        {
            Problem("id", $"'{id}' must match ^[a-z0-9][a-z0-9-]{{0,63}}$ (lower-case letters, digits, hyphens)");
        }
        else if (id == CombinedFeed.Id)
        {
            Problem("id", $"'{id}' is reserved for the feed of every source combined");
        }
        else if (id != fileId)
        {
            Problem("id", $"'{id}' must equal the file name without '.json' ('{fileId}')");
        }

        var title = fields.String("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            Problem("title", "is required");
        }

        var kind = ParseKind(fields.String("kind"));
        var location = kind is null ? null : ParseLocation(kind.Value, fields.String("location"));

        var language = fields.String("language") ?? defaults.Language;
        if (language != LanguageTag.Auto && !LanguagePattern().IsMatch(language))
        {
            Problem("language", $"'{language}' must be 'auto' or a language tag such as 'zh-CN' or 'en'");
        }

        var pollInterval = ParsePollInterval(fields.String("pollInterval")) ?? defaults.PollInterval;
        var voice = ParseVoice(fields.Object("voice")) ?? defaults.Voice;

        var linkSelector = fields.String("linkSelector");
        if (linkSelector is not null && !IsValidSelector(linkSelector))
        {
            Problem("linkSelector", $"'{linkSelector}' is not a valid CSS selector");
        }

        var description = fields.String("description");
        var fetchFullText = fields.Bool("fetchFullText") ?? defaults.FetchFullText;
        var maxItems = fields.Int("maxItems") ?? defaults.MaxItems;
        if (maxItems is < 1 or > 500)
        {
            Problem("maxItems", $"{maxItems} must be between 1 and 500");
        }

        var timeZone = fields.String("timeZone");
        if (timeZone is not null && !SourceTimeZone.TryFind(timeZone, out _))
        {
            Problem("timeZone", $"'{timeZone}' is not a known IANA time zone such as 'Asia/Shanghai' or 'Europe/London'");
        }

        if (_problems.Count > 0 || kind is null || location is null || title is null)
        {
            return null;
        }

        return new SourceDefinition
        {
            Id = id,
            Title = title.Trim(),
            Kind = kind.Value,
            Location = location,
            Language = language,
            Description = description,
            PollInterval = pollInterval,
            Voice = voice,
            FetchFullText = fetchFullText,
            LinkSelector = linkSelector,
            MaxItems = maxItems,
            TimeZone = timeZone,
            DefinitionFile = shownPath,
        };
    }

    private SourceKind? ParseKind(string? value)
    {
        switch (value?.ToLowerInvariant())
        {
            case "feed": return SourceKind.Feed;
            case "page": return SourceKind.Page;
            case "folder": return SourceKind.Folder;
            case null: Problem("kind", "is required (feed, page or folder)"); return null;
            default: Problem("kind", $"'{value}' must be one of feed, page, folder"); return null;
        }
    }

    private string? ParseLocation(SourceKind kind, string? value)
    {
        var kindName = kind.ToString().ToLowerInvariant();
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem("location", $"is required for kind '{kindName}'");
            return null;
        }

        if (kind == SourceKind.Folder)
        {
            var full = Path.GetFullPath(Path.Combine(definitionDirectory, value));
            if (!Directory.Exists(full))
            {
                Problem("location", $"folder '{full}' does not exist");
                return null;
            }

            return full;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            Problem("location", $"must be an absolute http(s) URL for kind '{kindName}'");
            return null;
        }

        return uri.AbsoluteUri;
    }

    private TimeSpan? ParsePollInterval(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var interval))
        {
            Problem("pollInterval", $"'{value}' must be a duration such as \"00:30:00\"");
            return null;
        }

        if (interval < TimeSpan.FromMinutes(1))
        {
            Problem("pollInterval", $"'{value}' must be at least one minute (\"00:01:00\")");
            return null;
        }

        return interval;
    }

    private VoiceSettings? ParseVoice(JsonElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var voiceFields = new JsonFields(element.Value, "voice.", Problem);
        voiceFields.ReportUnknown(KnownVoiceFields);
        var defaults = new VoiceSettings();
        var rate = voiceFields.Double("rate") ?? defaults.Rate;
        if (rate is < 0.5 or > 2)
        {
            Problem("voice.rate", $"{rate.ToString(CultureInfo.InvariantCulture)} must be between 0.5 and 2");
        }

        return new VoiceSettings
        {
            Engine = voiceFields.String("engine"),
            Voice = voiceFields.String("voice"),
            Rate = rate,
            SpeakOpening = voiceFields.Bool("speakOpening") ?? defaults.SpeakOpening,
            Lexicon = ParseLexicon(voiceFields.Object("lexicon")) ?? defaults.Lexicon,
        };
    }

    private Dictionary<string, string>? ParseLexicon(JsonElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var lexicon = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in element.Value.EnumerateObject())
        {
            var field = $"voice.lexicon.{entry.Name}";
            var value = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()!.Trim() : null;
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                Problem("voice.lexicon", "has an empty word");
            }
            else if (string.IsNullOrEmpty(value))
            {
                Problem(field, "must be pinyin with tone numbers (\"chong2 qing4\") or the text to read instead");
            }
            else if (PronunciationLexicon.LooksLikePinyin(value) && PronunciationLexicon.FirstInvalidSyllable(value) is { } bad)
            {
                Problem(field, $"'{bad}' is not a Mandarin syllable with a tone number 1-5 (e.g. \"chong2 qing4\", \"lv4\")");
            }
            else
            {
                lexicon[entry.Name.Trim()] = value;
            }
        }

        return lexicon;
    }

    private static bool IsValidSelector(string selector)
    {
        try
        {
            new HtmlParser().ParseDocument("").QuerySelector(selector);
            return true;
        }
        catch (DomException)
        {
            return false;
        }
    }

    private void Problem(string field, string message) => _problems.Add($"{shownPath}: '{field}': {message}");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();
}
