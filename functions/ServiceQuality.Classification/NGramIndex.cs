namespace ServiceQuality.Classification;

/// <summary>
/// Maps n-grams to ids. An n-gram of up to four UTF-16 code units (every one of the default 1–4-grams)
/// is packed losslessly into a 64-bit key, which hashes and compares in one step and needs no string
/// per n-gram: lookups are the hot path of both training and prediction. Longer n-grams fall back to
/// string keys.
/// </summary>
internal sealed class NGramIndex
{
    private const int PackedLength = 4;

    private readonly Dictionary<ulong, int> _packed;
    private readonly Dictionary<string, int> _long = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _longLookup;

    public NGramIndex(int capacity = 0)
    {
        _packed = new Dictionary<ulong, int>(capacity, PackedKeyComparer.Instance);
        _longLookup = _long.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _packed.Count + _long.Count;

    public bool TryGetValue(ReadOnlySpan<char> gram, out int id) =>
        TryPack(gram, out var key) ? _packed.TryGetValue(key, out id) : _longLookup.TryGetValue(gram, out id);

    /// <summary>Adds the n-gram with the given id; false if it is already there.</summary>
    public bool TryAdd(ReadOnlySpan<char> gram, int id) =>
        TryPack(gram, out var key) ? _packed.TryAdd(key, id) : _longLookup.TryAdd(gram, id);

    /// <summary>
    /// A new index of the n-grams whose <paramref name="newIds"/> entry (indexed by current id) is not
    /// negative, under that new id.
    /// </summary>
    public NGramIndex Remap(int[] newIds)
    {
        var remapped = new NGramIndex(_packed.Count);
        foreach (var (key, id) in _packed)
        {
            if (newIds[id] >= 0)
            {
                remapped._packed.Add(key, newIds[id]);
            }
        }

        foreach (var (gram, id) in _long)
        {
            if (newIds[id] >= 0)
            {
                remapped._long.Add(gram, newIds[id]);
            }
        }

        return remapped;
    }

    /// <summary>Every n-gram as a string, at the position of its id; ids must run from 0 to Count − 1.</summary>
    public string[] GramsById()
    {
        var grams = new string[Count];
        Span<char> buffer = stackalloc char[PackedLength];
        foreach (var (key, id) in _packed)
        {
            grams[id] = new string(Unpack(key, buffer));
        }

        foreach (var (gram, id) in _long)
        {
            grams[id] = gram;
        }

        return grams;
    }

    // Characters are shifted in one after another, so the key is the n-gram's code units read as one
    // number. No n-gram holds U+0000 (a control character, which always ends a token), so leading
    // zero bits cannot be mistaken for characters; one that does anyway goes to the string keys.
    private static bool TryPack(ReadOnlySpan<char> gram, out ulong key)
    {
        key = 0;
        if (gram.Length > PackedLength)
        {
            return false;
        }

        foreach (var c in gram)
        {
            if (c == '\0')
            {
                return false;
            }

            key = (key << 16) | c;
        }

        return true;
    }

    private static ReadOnlySpan<char> Unpack(ulong key, Span<char> buffer)
    {
        var length = 0;
        for (var shifted = key; shifted != 0; shifted >>= 16)
        {
            length++;
        }

        for (var i = length - 1; i >= 0; i--)
        {
            buffer[i] = (char)(key & 0xFFFF);
            key >>= 16;
        }

        return buffer[..length];
    }

    /// <summary>
    /// ulong's own hash XORs the two halves of the key, so "abcd" and "cdab" collide and 4-grams of
    /// letters share a few thousand hash codes; a multiplicative hash spreads them over all 32 bits.
    /// </summary>
    private sealed class PackedKeyComparer : IEqualityComparer<ulong>
    {
        public static PackedKeyComparer Instance { get; } = new();

        public bool Equals(ulong x, ulong y) => x == y;

        public int GetHashCode(ulong obj) => (int)((obj * 0x9E3779B97F4A7C15UL) >> 32);
    }
}
