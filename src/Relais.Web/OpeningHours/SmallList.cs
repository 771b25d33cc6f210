using System.Runtime.CompilerServices;

namespace Relais.Web.OpeningHours;

/// <summary>
/// A list that starts in a caller-provided (usually stack) buffer and only allocates once it
/// overflows, so that parsing a typical value allocates just the final arrays.
/// </summary>
internal ref struct SmallList<T>
{
    private Span<T> items;
    private int count;

    public SmallList(Span<T> initial)
    {
        items = initial;
        count = 0;
    }

    public readonly int Count => count;

    public void Add(T item)
    {
        if (count == items.Length)
        {
            var larger = new T[Math.Max(4, items.Length * 2)];
            items.CopyTo(larger);
            items = larger;
        }

        items[count++] = item;
    }

    public readonly T[] ToArray() => items[..count].ToArray();
}

[InlineArray(8)]
internal struct RuleBuffer
{
    private OpeningHoursRule first;
}
