using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace A11yFeed.Storage;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as one 64-bit number that orders by the instant and keeps the offset: the UTC
/// time in units of 0.1 ms in the high bits, the offset in minutes (plus 1024, so never negative) in the low 11 bits.
/// The same on every provider: SQLite has no date type, PostgreSQL's timestamptz drops the offset (and Npgsql refuses
/// to write a non-zero one), and the feeds show each article's own offset.
/// </summary>
public sealed class InstantOffsetConverter() : ValueConverter<DateTimeOffset, long>(value => ToNumber(value), number => FromNumber(number))
{
    private const int OffsetBits = 11;
    private const long OffsetBias = 1024;
    private const long TicksPerUnit = 1000;

    public static long ToNumber(DateTimeOffset value) =>
        ((value.UtcTicks / TicksPerUnit) << OffsetBits) | ((long)value.Offset.TotalMinutes + OffsetBias);

    public static DateTimeOffset FromNumber(long number)
    {
        var offset = TimeSpan.FromMinutes((number & ((1 << OffsetBits) - 1)) - OffsetBias);
        var utcTicks = (number >> OffsetBits) * TicksPerUnit;
        return new DateTimeOffset(utcTicks + offset.Ticks, offset);
    }
}
