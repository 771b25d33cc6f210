using System.Runtime.CompilerServices;
using System.Text;

namespace Relais.Web.Standard;

/// <summary>The allowed values of one enumerated field, in the standard's order, with input aliases.</summary>
public sealed class Vocabulary<TFlags>
    where TFlags : struct, Enum
{
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _exactSpan;
    private readonly Dictionary<string, int> _lenient = new(StringComparer.Ordinal);
    private readonly (int Bit, string Value)[] _entries;

    public Vocabulary(string field, IReadOnlyList<(TFlags Flag, string Value)> entries, IReadOnlyDictionary<string, TFlags>? aliases = null)
    {
        Field = field;
        _exactSpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _entries = entries.Select(e => (FlagBits.ToBits(e.Flag), e.Value)).ToArray();
        foreach (var (bit, value) in _entries)
        {
            _exact[value] = bit;
            _lenient[ValueKey.Lenient(value)] = bit;
        }

        foreach (var (alias, flag) in aliases ?? new Dictionary<string, TFlags>())
        {
            _lenient[ValueKey.Lenient(alias)] = FlagBits.ToBits(flag);
        }
    }

    public string Field { get; }

    public IEnumerable<string> Values => _entries.Select(e => e.Value);

    /// <summary>Parses one value; exact spelling first (the fast path), then the tolerated variants.</summary>
    public bool TryParse(string value, out TFlags flag, out bool wasVariant)
    {
        if (_exact.TryGetValue(value, out var bit))
        {
            flag = FlagBits.FromBits<TFlags>(bit);
            wasVariant = false;
            return true;
        }

        wasVariant = true;
        if (_lenient.TryGetValue(ValueKey.Lenient(value), out bit))
        {
            flag = FlagBits.FromBits<TFlags>(bit);
            return true;
        }

        flag = default;
        return false;
    }

    /// <summary>Exact spelling from a slice of a cell, without allocating; the caller falls back to <see cref="TryParse"/>.</summary>
    public bool TryParseExact(ReadOnlySpan<char> value, out int bits) => _exactSpan.TryGetValue(value, out bits);

    /// <summary>Canonical values joined by <paramref name="separator"/>, in the standard's order.</summary>
    public string Format(TFlags flags, char separator = '|')
    {
        var bits = FlagBits.ToBits(flags);
        if (bits == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var (bit, value) in _entries)
        {
            if ((bits & bit) != 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(separator);
                }

                builder.Append(value);
            }
        }

        return builder.ToString();
    }

    public IEnumerable<string> Split(TFlags flags)
    {
        var bits = FlagBits.ToBits(flags);
        return _entries.Where(e => (bits & e.Bit) != 0).Select(e => e.Value);
    }
}

/// <summary>Flag enums of the standard are <c>int</c>-backed: converts without boxing.</summary>
public static class FlagBits
{
    public static int ToBits<TFlags>(TFlags flags)
        where TFlags : struct, Enum => Unsafe.As<TFlags, int>(ref flags);

    public static TFlags FromBits<TFlags>(int bits)
        where TFlags : struct, Enum => Unsafe.As<int, TFlags>(ref bits);
}
