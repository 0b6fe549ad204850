namespace A11yFeed.Audio;

/// <summary>One second-order IIR section (direct form I), the building block of the BS.1770 K-weighting.</summary>
internal sealed class Biquad(double b0, double b1, double b2, double a1, double a2)
{
    private double _x1, _x2, _y1, _y2;

    public double Process(double x)
    {
        var y = (b0 * x) + (b1 * _x1) + (b2 * _x2) - (a1 * _y1) - (a2 * _y2);
        _x2 = _x1;
        _x1 = x;
        _y2 = _y1;
        _y1 = y;
        return y;
    }

    /// <summary>
    /// The two K-weighting stages of ITU-R BS.1770-4 for any sample rate: the head's high shelf (+4 dB above about
    /// 1.7 kHz) and the RLB high-pass (about 38 Hz). The recommendation lists coefficients for 48 kHz only; these are
    /// the analogue prototypes those coefficients come from, mapped with the bilinear transform at <paramref name="sampleRate"/>.
    /// </summary>
    public static (Biquad Shelf, Biquad HighPass) KWeighting(int sampleRate)
    {
        const double shelfFrequency = 1681.974450955533;
        const double shelfGainDb = 3.999843853973347;
        const double shelfQ = 0.7071752369554196;
        var k = Math.Tan(Math.PI * shelfFrequency / sampleRate);
        var vh = Math.Pow(10, shelfGainDb / 20);
        var vb = Math.Pow(vh, 0.4996667741545416);
        var a0 = 1 + (k / shelfQ) + (k * k);
        var shelf = new Biquad(
            (vh + (vb * k / shelfQ) + (k * k)) / a0,
            2 * ((k * k) - vh) / a0,
            (vh - (vb * k / shelfQ) + (k * k)) / a0,
            2 * ((k * k) - 1) / a0,
            (1 - (k / shelfQ) + (k * k)) / a0);

        const double highPassFrequency = 38.13547087602444;
        const double highPassQ = 0.5003270373238773;
        k = Math.Tan(Math.PI * highPassFrequency / sampleRate);
        a0 = 1 + (k / highPassQ) + (k * k);
        var highPass = new Biquad(1, -2, 1, 2 * ((k * k) - 1) / a0, (1 - (k / highPassQ) + (k * k)) / a0);
        return (shelf, highPass);
    }
}
