using System.Globalization;
using System.Text;

namespace A11yFeed.Extraction;

/// <summary>
/// Everything about extraction that is fitted rather than written: the block model's weights and the
/// thresholds that turn its scores into decisions, including when to ask the second extractor. The
/// shipped set is extraction/block-model.tsv (scripts/refit-extraction), embedded in the assembly; the
/// evaluation fits a fresh set on each cross-validation fold's training pages.
/// </summary>
internal sealed record ExtractionParameters
{
    private const string Resource = "A11yFeed.Extraction.block-model.tsv";

    private static readonly Lazy<ExtractionParameters> ShippedSet = new(() =>
    {
        using var stream = typeof(ExtractionParameters).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The block model {Resource} is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    });

    /// <summary>The set fitted on all development corpora and shipped with the build.</summary>
    public static ExtractionParameters Shipped => ShippedSet.Value;

    /// <summary>One weight per <see cref="BlockFeatures.Names"/> entry; a block's story probability is the logistic of their sum.</summary>
    public required double[] Weights { get; init; }

    /// <summary>A block in the located container below this probability is dropped.</summary>
    public double KeepAbove { get; init; }

    /// <summary>A block outside the located container at or above this probability joins the story.</summary>
    public double AddAbove { get; init; } = 1.01;

    /// <summary>The thresholds for Chinese pages, fitted on Chinese pages: the same probability is a different bet there.</summary>
    public double ChineseKeepAbove { get; init; }

    public double ChineseAddAbove { get; init; } = 1.01;

    public double KeepAboveFor(bool chinese) => chinese ? ChineseKeepAbove : KeepAbove;

    public double AddAboveFor(bool chinese) => chinese ? ChineseAddAbove : AddAbove;

    /// <summary>A body shorter than this many characters asks the second extractor.</summary>
    public int SecondOpinionBelowLength { get; init; }

    /// <summary>A body whose blocks' mean probability is below this asks the second extractor.</summary>
    public double SecondOpinionBelowConfidence { get; init; }

    /// <summary>The second extractor's body wins when it is at least this many times as long as ours.</summary>
    public double SecondOpinionRatio { get; init; } = double.PositiveInfinity;

    public double Probability(double[] features)
    {
        var sum = 0.0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp(-sum));
    }

    public static ExtractionParameters Parse(string tsv)
    {
        var weights = new double[BlockFeatures.Count];
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in tsv.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var cells = line.Split('\t');
            var value = double.Parse(cells[^1], CultureInfo.InvariantCulture);
            if (cells[0] == "weight")
            {
                var index = Array.IndexOf(BlockFeatures.Names, cells[1]);
                if (index < 0)
                {
                    throw new FormatException($"The block model names an unknown feature '{cells[1]}'.");
                }

                weights[index] = value;
            }
            else
            {
                values[cells[0]] = value;
            }
        }

        return new ExtractionParameters
        {
            Weights = weights,
            KeepAbove = values.GetValueOrDefault("keep_above"),
            AddAbove = values.GetValueOrDefault("add_above", 1.01),
            ChineseKeepAbove = values.GetValueOrDefault("keep_above_zh"),
            ChineseAddAbove = values.GetValueOrDefault("add_above_zh", 1.01),
            SecondOpinionBelowLength = (int)values.GetValueOrDefault("second_opinion_below_length"),
            SecondOpinionBelowConfidence = values.GetValueOrDefault("second_opinion_below_confidence"),
            SecondOpinionRatio = values.GetValueOrDefault("second_opinion_ratio", double.PositiveInfinity),
        };
    }

    public string Format(string header)
    {
        var tsv = new StringBuilder(header);
        tsv.AppendLine(CultureInfo.InvariantCulture, $"keep_above\t{KeepAbove:R}");
        tsv.AppendLine(CultureInfo.InvariantCulture, $"add_above\t{AddAbove:R}");
        tsv.AppendLine(CultureInfo.InvariantCulture, $"keep_above_zh\t{ChineseKeepAbove:R}");
        tsv.AppendLine(CultureInfo.InvariantCulture, $"add_above_zh\t{ChineseAddAbove:R}");
        tsv.AppendLine(CultureInfo.InvariantCulture, $"second_opinion_below_length\t{SecondOpinionBelowLength}");
        tsv.AppendLine(CultureInfo.InvariantCulture, $"second_opinion_below_confidence\t{SecondOpinionBelowConfidence:R}");
        tsv.AppendLine(CultureInfo.InvariantCulture, $"second_opinion_ratio\t{SecondOpinionRatio:R}");
        for (var i = 0; i < Weights.Length; i++)
        {
            tsv.AppendLine(CultureInfo.InvariantCulture, $"weight\t{BlockFeatures.Names[i]}\t{Weights[i]:R}");
        }


        return tsv.ToString();
    }
}
