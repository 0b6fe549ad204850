namespace A11yFeed.Audio;

/// <summary>
/// Integrated loudness of mono audio by ITU-R BS.1770-4: K-weighted mean square over 400 ms blocks overlapping by
/// 75%, gated at −70 LUFS absolute and 10 LU below the ungated mean. Samples are fed in order, in any pieces; it
/// keeps one number per 100 ms, so hours of audio cost a few hundred kilobytes.
/// </summary>
public sealed class LoudnessMeter
{
    private const double AbsoluteGate = -70;
    private const double RelativeGate = -10;
    private readonly Biquad _shelf;
    private readonly Biquad _highPass;
    private readonly int _stepSamples;
    private readonly List<double> _stepEnergies = [];
    private double _stepSum;
    private int _stepCount;

    public LoudnessMeter(int sampleRate)
    {
        (_shelf, _highPass) = Biquad.KWeighting(sampleRate);
        _stepSamples = (int)Math.Round(sampleRate * 0.1);
    }

    /// <summary>Adds samples scaled to ±1.0.</summary>
    public void Add(ReadOnlySpan<double> samples)
    {
        foreach (var sample in samples)
        {
            var weighted = _highPass.Process(_shelf.Process(sample));
            _stepSum += weighted * weighted;
            if (++_stepCount == _stepSamples)
            {
                _stepEnergies.Add(_stepSum);
                _stepSum = 0;
                _stepCount = 0;
            }
        }
    }

    /// <summary>The gated integrated loudness in LUFS; negative infinity when nothing is louder than the absolute gate.</summary>
    public double IntegratedLoudness()
    {
        var blocks = new List<double>(Math.Max(0, _stepEnergies.Count - 3));
        for (var i = 3; i < _stepEnergies.Count; i++)
        {
            var energy = (_stepEnergies[i - 3] + _stepEnergies[i - 2] + _stepEnergies[i - 1] + _stepEnergies[i]) / (4.0 * _stepSamples);
            blocks.Add(energy);
        }

        var aboveAbsolute = blocks.Where(e => Lufs(e) > AbsoluteGate).ToList();
        if (aboveAbsolute.Count == 0)
        {
            return double.NegativeInfinity;
        }

        var relativeThreshold = Lufs(aboveAbsolute.Average()) + RelativeGate;
        var gated = aboveAbsolute.Where(e => Lufs(e) > relativeThreshold).ToList();
        return Lufs(gated.Average());
    }

    private static double Lufs(double meanSquare) => -0.691 + (10 * Math.Log10(meanSquare));
}
