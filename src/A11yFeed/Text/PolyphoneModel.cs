using System.Globalization;

namespace A11yFeed.Text;

/// <summary>
/// A naive Bayes model per polyphonic character over <see cref="PolyphoneFeatures"/>, fitted on labelled sentences
/// (scripts/refit-polyphones writes speech/polyphones.tsv). It replaces the reading a character would otherwise get
/// only when the reading it prefers scores at least a margin (in natural log) above that one, so that a few examples
/// do not overturn the dictionary lightly: <see cref="Margin"/> for a one-character word, <see cref="WordMargin"/>
/// inside a longer word, whose dictionary reading is usually right already; and inside a word only when that very
/// word was seen with the reading (会计 is not to become hui4 ji4 because 会 is mostly hui4 elsewhere).
/// </summary>
internal sealed class PolyphoneModel
{
    private readonly Dictionary<char, Character> _characters = [];

    public PolyphoneModel(double smoothing, double margin, double wordMargin)
    {
        Smoothing = smoothing;
        Margin = margin;
        WordMargin = wordMargin;
    }

    public static PolyphoneModel Empty { get; } = new(1, double.PositiveInfinity, double.PositiveInfinity);

    /// <summary>Added to every feature count (Lidstone smoothing).</summary>
    public double Smoothing { get; }

    /// <summary>How much likelier (log) the model's reading must be than the one it would replace, for a one-character word.</summary>
    public double Margin { get; }

    /// <summary>The same for a character inside a longer dictionary word.</summary>
    public double WordMargin { get; }

    public int Count => _characters.Count;

    public bool Covers(char character) => _characters.ContainsKey(character);

    /// <summary>Whether <paramref name="character"/> was seen inside <paramref name="word"/>: only then can the model change its reading there.</summary>
    public bool HasSeen(char character, string word) =>
        _characters.TryGetValue(character, out var model) && model.Readings.Values.Any(r => r.Features.ContainsKey("W:" + word));

    /// <summary>Counts one labelled example.</summary>
    public void Add(char character, string reading, IEnumerable<string> features)
    {
        if (!_characters.TryGetValue(character, out var model))
        {
            _characters[character] = model = new Character();
        }

        model.Add(reading, features, 1);
    }

    /// <summary>The reading for the character, <paramref name="otherwise"/> unless the model is sure enough of another.</summary>
    public string Choose(char character, string otherwise, List<string> features, bool insideWord) =>
        Best(character, otherwise, features, Smoothing, insideWord) is var (best, lead) && lead >= (insideWord ? WordMargin : Margin) ? best : otherwise;

    /// <summary>The model's favourite reading and how far (log) it scores above <paramref name="otherwise"/>.</summary>
    public (string Reading, double Lead) Best(char character, string otherwise, List<string> features, double smoothing, bool insideWord)
    {
        if (!_characters.TryGetValue(character, out var model))
        {
            return (otherwise, 0);
        }

        var word = insideWord ? features.Find(f => f.StartsWith("W:", StringComparison.Ordinal)) : null;

        var otherwiseScore = model.Score(otherwise, features, smoothing);
        var best = (Reading: otherwise, Score: otherwiseScore);
        foreach (var (reading, counts) in model.Readings)
        {
            if (word is not null && !counts.Features.ContainsKey(word))
            {
                continue;
            }

            var score = model.Score(reading, features, smoothing);
            if (score > best.Score)
            {
                best = (reading, score);
            }
        }

        return (best.Reading, best.Score - otherwiseScore);
    }

    /// <summary>One line per character and reading: character, reading, examples, then feature=count pairs.</summary>
    public void Write(TextWriter writer)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"smoothing\t{Smoothing:R}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"margin\t{Margin:R}"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"word-margin\t{WordMargin:R}"));
        foreach (var (character, model) in _characters.OrderBy(c => c.Key))
        {
            foreach (var (reading, counts) in model.Readings.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                var features = string.Join(' ', counts.Features.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value == 1 ? f.Key : $"{f.Key}={f.Value}"));
                writer.WriteLine($"{character}\t{reading}\t{counts.Examples}\t{features}");
            }
        }
    }

    public static PolyphoneModel Read(TextReader reader)
    {
        double smoothing = 1, margin = double.PositiveInfinity, wordMargin = double.PositiveInfinity;
        var lines = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "smoothing":
                    smoothing = double.Parse(fields[1], CultureInfo.InvariantCulture);
                    break;
                case "margin":
                    margin = double.Parse(fields[1], CultureInfo.InvariantCulture);
                    break;
                case "word-margin":
                    wordMargin = double.Parse(fields[1], CultureInfo.InvariantCulture);
                    break;
                default:
                    lines.Add(fields);
                    break;
            }
        }

        var model = new PolyphoneModel(smoothing, margin, wordMargin);
        foreach (var fields in lines)
        {
            var character = fields[0][0];
            if (!model._characters.TryGetValue(character, out var counts))
            {
                model._characters[character] = counts = new Character();
            }

            var features = fields.Length > 3 ? fields[3].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            counts.Set(fields[1], int.Parse(fields[2], CultureInfo.InvariantCulture), features);
        }

        return model;
    }

    private sealed class Character
    {
        private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
        private int _examples;

        public Dictionary<string, Counts> Readings { get; } = new(StringComparer.Ordinal);

        public void Add(string reading, IEnumerable<string> features, int examples)
        {
            var counts = For(reading);
            counts.Examples += examples;
            _examples += examples;
            foreach (var feature in features)
            {
                counts.Features[feature] = counts.Features.GetValueOrDefault(feature) + 1;
                counts.Tokens++;
                _vocabulary.Add(feature);
            }
        }

        public void Set(string reading, int examples, string[] features)
        {
            var counts = For(reading);
            counts.Examples += examples;
            _examples += examples;
            foreach (var entry in features)
            {
                var equals = entry.LastIndexOf('=');
                var (feature, count) = equals > 0 ? (entry[..equals], int.Parse(entry.AsSpan(equals + 1), CultureInfo.InvariantCulture)) : (entry, 1);
                counts.Features[feature] = count;
                counts.Tokens += count;
                _vocabulary.Add(feature);
            }
        }

        public double Score(string reading, List<string> features, double smoothing)
        {
            var counts = Readings.GetValueOrDefault(reading);
            var examples = counts?.Examples ?? 0;
            var tokens = counts?.Tokens ?? 0;
            var score = Math.Log((examples + 1.0) / (_examples + Readings.Count + 1.0));
            var denominator = Math.Log(tokens + (smoothing * _vocabulary.Count));
            foreach (var feature in features)
            {
                // A feature never seen with this character says nothing about which reading it has.
                if (_vocabulary.Contains(feature))
                {
                    score += Math.Log((counts?.Features.GetValueOrDefault(feature) ?? 0) + smoothing) - denominator;
                }
            }

            return score;
        }

        private Counts For(string reading)
        {
            if (!Readings.TryGetValue(reading, out var counts))
            {
                Readings[reading] = counts = new Counts();
            }

            return counts;
        }
    }

    private sealed class Counts
    {
        public int Examples { get; set; }

        public int Tokens { get; set; }

        public Dictionary<string, int> Features { get; } = new(StringComparer.Ordinal);
    }
}
