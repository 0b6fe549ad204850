namespace A11yFeed.Audio;

/// <summary>
/// A look-ahead limiter that keeps the 4× oversampled (true) peak of mono audio under a ceiling. For each sample it
/// estimates the peak between it and the next with a windowed-sinc interpolator, takes the gain that peak needs,
/// and spreads every reduction over the look-ahead window before the peak (a running minimum then a moving
/// average, so the gain is at or below what the peak needs when it arrives) with a slow release afterwards.
/// Output sample i is input sample i times its gain: the limiter delays nothing, so sentence timings stay put.
/// Speech only touches it on its loudest syllables; quiet audio passes unchanged.
/// </summary>
public sealed class TruePeakLimiter
{
    private const int HalfTaps = 8;
    private const int Oversampling = 4;
    private static readonly double[][] Phases = BuildPhases();

    private readonly double _ceiling;
    private readonly int _window;
    private readonly double _release;
    private readonly int _mask;
    private readonly double[] _input;
    private readonly double[] _targets;
    private readonly double[] _minima;
    private readonly long[] _deque;
    private long _dequeHead, _dequeTail;
    private long _pushed;
    private long _emitted;
    private readonly int _leadIn;
    private long _totalInput = -1;
    private double _boxSum;
    private double _gain = 1;

    public TruePeakLimiter(int sampleRate, double ceilingDbtp, TimeSpan lookAhead, TimeSpan release)
    {
        _ceiling = Math.Pow(10, ceilingDbtp / 20);
        _window = Math.Max(1, (int)Math.Round(lookAhead.TotalSeconds * sampleRate));
        _release = 1 - Math.Exp(-1 / Math.Max(1, release.TotalSeconds * sampleRate));
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)((_window + HalfTaps + 4) * 2));
        _mask = size - 1;
        _input = new double[size];
        _targets = new double[size];
        _minima = new double[size];
        _deque = new long[size];
        _boxSum = _window;

        // Silence before the start, so the first real samples have a full look-ahead history like every other.
        _leadIn = _window + HalfTaps;
        for (var i = 0; i < _leadIn; i++)
        {
            Push(0, null);
        }
    }

    /// <summary>The largest gain reduction applied so far, in dB (0 when nothing was limited).</summary>
    public double MaxReductionDb { get; private set; }

    /// <summary>Feeds samples (±1.0 full scale) and appends every sample that is now final to <paramref name="output"/>.</summary>
    public void Process(ReadOnlySpan<double> samples, List<double> output)
    {
        foreach (var sample in samples)
        {
            Push(sample, output);
        }
    }

    /// <summary>Ends the stream: appends the samples still held for look-ahead.</summary>
    public void Flush(List<double> output)
    {
        _totalInput = _pushed - _leadIn;
        while (_emitted < _totalInput)
        {
            Push(0, output);
        }
    }

    /// <summary>The 4× oversampled peak of <paramref name="samples"/> in dBTP, as the limiter sees it.</summary>
    public static double TruePeakDb(ReadOnlySpan<double> samples)
    {
        var peak = 0.0;
        for (var m = 0; m < samples.Length; m++)
        {
            peak = Math.Max(peak, Math.Abs(samples[m]));
            foreach (var phase in Phases)
            {
                var sum = 0.0;
                for (var t = 0; t < phase.Length; t++)
                {
                    var index = m - HalfTaps + 1 + t;
                    sum += index >= 0 && index < samples.Length ? samples[index] * phase[t] : 0;
                }

                peak = Math.Max(peak, Math.Abs(sum));
            }
        }

        return 20 * Math.Log10(peak);
    }

    private void Push(double sample, List<double>? output)
    {
        var n = _pushed++;
        _input[n & _mask] = sample;

        // The peak between sample m and m+1 needs input up to m + HalfTaps.
        var m = n - HalfTaps;
        if (m < 0)
        {
            _targets[n & _mask] = 1;
            return;
        }

        var peak = PeakAt(m);
        var target = peak > _ceiling ? _ceiling / peak : 1.0;
        _targets[m & _mask] = target;
        while (_dequeTail > _dequeHead && _targets[_deque[(_dequeTail - 1) & _mask] & _mask] >= target)
        {
            _dequeTail--;
        }

        _deque[_dequeTail++ & _mask] = m;

        // Minimum of the targets in [j, j + window - 1], then their mean over [k - window + 1, k] with k = j.
        var j = m - _window + 1;
        if (j < 0)
        {
            return;
        }

        while (_deque[_dequeHead & _mask] < j)
        {
            _dequeHead++;
        }

        var minimum = _targets[_deque[_dequeHead & _mask] & _mask];
        _minima[j & _mask] = minimum;
        _boxSum += minimum - (j - _window >= 0 ? _minima[(j - _window) & _mask] : 1.0);
        var smoothed = Math.Min(1.0, _boxSum / _window);
        _gain = smoothed < _gain ? smoothed : _gain + ((smoothed - _gain) * _release);
        MaxReductionDb = Math.Max(MaxReductionDb, -20 * Math.Log10(_gain));

        var position = j - _leadIn;
        if (position < 0)
        {
            return;
        }

        if (_totalInput < 0 || position < _totalInput)
        {
            output!.Add(_input[j & _mask] * _gain);
            _emitted++;
        }
        else
        {
            _emitted = _totalInput;
        }
    }

    private double PeakAt(long m)
    {
        var peak = Math.Abs(_input[m & _mask]);
        foreach (var phase in Phases)
        {
            var sum = 0.0;
            for (var t = 0; t < phase.Length; t++)
            {
                var index = m - HalfTaps + 1 + t;
                sum += index >= 0 ? _input[index & _mask] * phase[t] : 0;
            }

            peak = Math.Max(peak, Math.Abs(sum));
        }

        return peak;
    }

    /// <summary>Blackman-windowed sinc taps for the points a quarter, half and three quarters past a sample.</summary>
    private static double[][] BuildPhases()
    {
        var phases = new double[Oversampling - 1][];
        for (var p = 1; p < Oversampling; p++)
        {
            var fraction = (double)p / Oversampling;
            var taps = new double[2 * HalfTaps];
            for (var t = 0; t < taps.Length; t++)
            {
                var distance = t - HalfTaps + 1 - fraction;
                var sinc = Math.Abs(distance) < 1e-12 ? 1 : Math.Sin(Math.PI * distance) / (Math.PI * distance);
                var u = distance / HalfTaps;
                var window = 0.42 + (0.5 * Math.Cos(Math.PI * u)) + (0.08 * Math.Cos(2 * Math.PI * u));
                taps[t] = sinc * window;
            }

            phases[p - 1] = taps;
        }

        return phases;
    }
}
