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

    /// <summary>One weight per <see cref="BodyChooser.GateNames"/> entry: the cheap gate's model, on our result alone, of "the second body is better".</summary>
    public double[] GateWeights { get; init; } = new double[BodyChooser.GateNames.Length];

    /// <summary>The second extractor is asked too when the gate's probability is at least this; above 1, never by the gate.</summary>
    public double GateAbove { get; init; } = 1.01;

    /// <summary>One weight per <see cref="BodyChooser.Names"/> entry: the chooser's logistic model of "the second body is better".</summary>
    public double[] ChooserWeights { get; init; } = new double[BodyChooser.Count];

    /// <summary>The second extractor's body wins when the chooser's probability is at least this; above 1 it never runs.</summary>
    public double ChooserAbove { get; init; } = 1.01;

    /// <summary>False when no fitted rule ever takes the second body: the second extractor need not run at all.</summary>
    public bool AsksSecondOpinion => ChooserAbove <= 1;

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
        var chooser = new double[BodyChooser.Count];
        var gate = new double[BodyChooser.GateNames.Length];
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
            else if (cells[0] == "chooser")
            {
                var index = Array.IndexOf(BodyChooser.Names, cells[1]);
                if (index < 0)
                {
                    throw new FormatException($"The body chooser names an unknown feature '{cells[1]}'.");
                }

                chooser[index] = value;
            }
            else if (cells[0] == "gate")
            {
                var index = Array.IndexOf(BodyChooser.GateNames, cells[1]);
                if (index < 0)
                {
                    throw new FormatException($"The second-opinion gate names an unknown feature '{cells[1]}'.");
                }

                gate[index] = value;
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
            GateWeights = gate,
            GateAbove = values.GetValueOrDefault("gate_above", 1.01),
            ChooserWeights = chooser,
            ChooserAbove = values.GetValueOrDefault("chooser_above", 1.01),
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
        tsv.AppendLine(CultureInfo.InvariantCulture, $"gate_above\t{GateAbove:R}");
        tsv.AppendLine(CultureInfo.InvariantCulture, $"chooser_above\t{ChooserAbove:R}");
        for (var i = 0; i < Weights.Length; i++)
        {
            tsv.AppendLine(CultureInfo.InvariantCulture, $"weight\t{BlockFeatures.Names[i]}\t{Weights[i]:R}");
        }

        for (var i = 0; i < GateWeights.Length; i++)
        {
            tsv.AppendLine(CultureInfo.InvariantCulture, $"gate\t{BodyChooser.GateNames[i]}\t{GateWeights[i]:R}");
        }

        for (var i = 0; i < ChooserWeights.Length; i++)
        {
            tsv.AppendLine(CultureInfo.InvariantCulture, $"chooser\t{BodyChooser.Names[i]}\t{ChooserWeights[i]:R}");
        }

        return tsv.ToString();
    }
}
