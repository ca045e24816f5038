using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PostLint.Morphology;

/// <summary>One entry of a compiled lexicon (<c>sys.dic</c> or <c>unk.dic</c>): 16 bytes on disk.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = 16)]
internal readonly struct MecabToken
{
    /// <summary>Left-context id: used when this word is the right side of a connection.</summary>
    public readonly ushort LeftId;

    /// <summary>Right-context id: used when this word is the left side of a connection.</summary>
    public readonly ushort RightId;

    public readonly ushort PosId;

    public readonly short WordCost;

    /// <summary>Byte offset of the NUL-terminated feature string in the feature area.</summary>
    public readonly uint Feature;

    public readonly uint Compound;
}

/// <summary>A double-array unit: <c>int32 base</c> then <c>uint32 check</c>.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = 8)]
internal readonly struct DoubleArrayUnit
{
    public readonly int Base;
    public readonly uint Check;
}

/// <summary>
/// A validated view of one compiled lexicon file (<c>sys.dic</c>, <c>unk.dic</c>): header, double
/// array, token table and feature area, all pointing into the mapped file.
/// </summary>
internal sealed unsafe class MecabLexicon
{
    public const int HeaderSize = 72;
    public const uint MagicXor = 0xEF718F77;
    public const uint DictionaryVersion = 102;
    public const uint SystemType = 0;
    public const uint UserType = 1;
    public const uint UnknownType = 2;

    /// <summary>MeCab keeps at most this many prefix matches per lookup.</summary>
    public const int MaxPrefixResults = 512;

    private readonly DoubleArrayUnit* _units;
    private readonly uint _unitCount;

    private MecabLexicon(string path, DoubleArrayUnit* units, uint unitCount, MecabToken* tokens, int tokenCount, byte* features, int featureSize, string charset, uint leftSize, uint rightSize)
    {
        Path = path;
        _units = units;
        _unitCount = unitCount;
        Tokens = tokens;
        TokenCount = tokenCount;
        Features = features;
        FeatureSize = featureSize;
        Charset = charset;
        LeftSize = leftSize;
        RightSize = rightSize;
    }

    public string Path { get; }

    public MecabToken* Tokens { get; }

    public int TokenCount { get; }

    public byte* Features { get; }

    public int FeatureSize { get; }

    public string Charset { get; }

    public uint LeftSize { get; }

    public uint RightSize { get; }

    /// <summary>Reads and checks the header and section sizes of a mapped lexicon file.</summary>
    public static MecabLexicon Load(MappedFile file, uint expectedType)
    {
        var path = file.Path;
        var length = file.Length;
        if (length < HeaderSize)
        {
            throw new MecabDictionaryException(path, $"truncated: {length} bytes, but a MeCab dictionary header alone is {HeaderSize} bytes");
        }

        var p = file.Pointer;
        var magic = ReadUInt32(p, 0);
        var version = ReadUInt32(p, 4);
        var type = ReadUInt32(p, 8);
        var lexSize = ReadUInt32(p, 12);
        var leftSize = ReadUInt32(p, 16);
        var rightSize = ReadUInt32(p, 20);
        var doubleArraySize = ReadUInt32(p, 24);
        var tokenSize = ReadUInt32(p, 28);
        var featureSize = ReadUInt32(p, 32);

        if ((magic ^ MagicXor) != (ulong)length)
        {
            throw new MecabDictionaryException(path, (magic ^ MagicXor) > (ulong)length
                ? $"bad magic number 0x{magic:X8}: the header says the file has {magic ^ MagicXor} bytes but it has {length} (truncated, or not a MeCab dictionary)"
                : $"bad magic number 0x{magic:X8}: the header says the file has {magic ^ MagicXor} bytes but it has {length} (not a MeCab dictionary, or extra bytes appended)");
        }

        if (length < 100)
        {
            throw new MecabDictionaryException(path, $"truncated: {length} bytes; MeCab requires a dictionary file of at least 100 bytes");
        }

        if (version != DictionaryVersion)
        {
            throw new MecabDictionaryException(path, $"unsupported dictionary version {version}; MeCab 0.996 dictionaries are version {DictionaryVersion}");
        }

        if (type != expectedType)
        {
            throw new MecabDictionaryException(path, $"dictionary type is {type} ({TypeName(type)}), expected {expectedType} ({TypeName(expectedType)})");
        }

        var charsetBytes = new ReadOnlySpan<byte>(p + 40, 32);
        var nul = charsetBytes.IndexOf((byte)0);
        var charset = System.Text.Encoding.ASCII.GetString(nul < 0 ? charsetBytes : charsetBytes[..nul]);
        if (!IsUtf8Name(charset))
        {
            throw new MecabDictionaryException(path, $"dictionary charset is '{charset}'; PostLint reads UTF-8 dictionaries only (on Debian use the -utf8 build, e.g. /var/lib/mecab/dic/ipadic-utf8)");
        }

        if (doubleArraySize % 8 != 0 || doubleArraySize < 8)
        {
            throw new MecabDictionaryException(path, $"double-array size {doubleArraySize} is not a positive multiple of 8 bytes");
        }

        if (tokenSize % 16 != 0 || tokenSize / 16 != lexSize)
        {
            throw new MecabDictionaryException(path, $"token section is {tokenSize} bytes, which does not hold the {lexSize} tokens of 16 bytes the header announces");
        }

        var sections = (ulong)HeaderSize + doubleArraySize + tokenSize + featureSize;
        if (sections != (ulong)length)
        {
            throw new MecabDictionaryException(path, $"section sizes (header {HeaderSize} + double array {doubleArraySize} + tokens {tokenSize} + features {featureSize} = {sections} bytes) do not match the file size {length}");
        }

        var features = p + HeaderSize + doubleArraySize + tokenSize;
        if (featureSize == 0 || features[featureSize - 1] != 0)
        {
            throw new MecabDictionaryException(path, "the feature area does not end with a NUL byte");
        }

        var tokens = (MecabToken*)(p + HeaderSize + doubleArraySize);
        for (var i = 0; i < (int)lexSize; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Feature >= featureSize)
            {
                throw new MecabDictionaryException(path, $"token {i} has feature offset {token.Feature}, outside the {featureSize}-byte feature area");
            }

            // The connection cost of (left word, right word) is matrix[left.RightId + lsize * right.LeftId].
            if (token.RightId >= leftSize || token.LeftId >= rightSize)
            {
                throw new MecabDictionaryException(path, $"token {i} has context ids left {token.LeftId} / right {token.RightId}, outside the {leftSize}x{rightSize} connection matrix");
            }
        }

        var units = (DoubleArrayUnit*)(p + HeaderSize);
        return new MecabLexicon(path, units, doubleArraySize / 8, tokens, (int)lexSize, features, (int)featureSize, charset, leftSize, rightSize);
    }

    /// <summary>
    /// Finds every key that is a prefix of <paramref name="key"/>, shortest first, and stores
    /// <c>(value, length)</c> pairs. Out-of-range units count as missing transitions, so a corrupt
    /// array can never make the reader leave the mapped file.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CommonPrefixSearch(byte* key, int length, Span<int> values, Span<int> lengths)
    {
        var units = _units;
        var unitCount = _unitCount;
        var count = 0;
        var b = units[0].Base;
        for (var i = 0; i < length; i++)
        {
            var terminal = (uint)b;
            if (terminal < unitCount)
            {
                var n = units[terminal];
                if (n.Check == (uint)b && n.Base < 0 && count < values.Length)
                {
                    values[count] = -n.Base - 1;
                    lengths[count] = i;
                    count++;
                }
            }

            var next = (uint)(b + key[i] + 1);
            if (next >= unitCount || units[next].Check != (uint)b)
            {
                return count;
            }

            b = units[next].Base;
        }

        var last = (uint)b;
        if (last < unitCount)
        {
            var n = units[last];
            if (n.Check == (uint)b && n.Base < 0 && count < values.Length)
            {
                values[count] = -n.Base - 1;
                lengths[count] = length;
                count++;
            }
        }

        return count;
    }

    /// <summary>The value stored for exactly <paramref name="key"/>, or -1.</summary>
    public int ExactMatchSearch(ReadOnlySpan<byte> key)
    {
        var b = _units[0].Base;
        foreach (var c in key)
        {
            var next = (uint)(b + c + 1);
            if (next >= _unitCount || _units[next].Check != (uint)b)
            {
                return -1;
            }

            b = _units[next].Base;
        }

        var terminal = (uint)b;
        if (terminal < _unitCount)
        {
            var n = _units[terminal];
            if (n.Check == (uint)b && n.Base < 0)
            {
                return -n.Base - 1;
            }
        }

        return -1;
    }

    /// <summary>Checks that a double-array value names tokens inside the token table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CheckValue(int value)
    {
        if ((long)(value >> 8) + (value & 0xFF) > TokenCount)
        {
            ThrowBadValue(value);
        }
    }

    private void ThrowBadValue(int value) =>
        throw new MecabDictionaryException(Path, $"double-array value {value} points at tokens {value >> 8}..{(value >> 8) + (value & 0xFF) - 1}, past the {TokenCount}-token table");

    private static uint ReadUInt32(byte* p, int offset) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(new ReadOnlySpan<byte>(p + offset, 4));

    private static string TypeName(uint type) => type switch
    {
        SystemType => "system dictionary",
        UserType => "user dictionary",
        UnknownType => "unknown-word dictionary",
        _ => "unknown type",
    };

    private static bool IsUtf8Name(string charset) =>
        charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("UTF8", StringComparison.OrdinalIgnoreCase);
}
