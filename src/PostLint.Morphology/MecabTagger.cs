using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using PostLint.Text;
using PostLint.Morphemes;

namespace PostLint.Morphology;

/// <summary>
/// Segments text with a <see cref="MecabDictionary"/> exactly as MeCab 0.996 does (1-best Viterbi
/// over UTF-8 bytes, MeCab's unknown-word rules and tie-breaking). A tagger owns the lattice
/// buffers and reuses them, so once warmed up a call allocates nothing; it is cheap to create but
/// not thread-safe: use one per thread (or <see cref="MecabDictionary.Tokenize(ReadOnlySpan{char}, int, List{Morpheme})"/>).
/// </summary>
public sealed unsafe class MecabTagger
{
    /// <summary>MeCab clips each dictionary lookup to this many bytes (node lengths are 16-bit).</summary>
    private const int MaxLookupBytes = 65535;

    private const byte NormalNode = 0;
    private const byte UnknownNode = 1;
    private const byte BosNode = 2;

    /// <summary>MeCab's sentinel: a path whose cost reaches it can never be chosen.</summary>
    private const long CostSentinel = int.MaxValue;

    private readonly MecabDictionary _dictionary;
    private readonly MecabLexicon[] _lexicons;
    private readonly uint* _charInfos;
    private readonly uint _spaceCharInfo;
    private readonly short* _matrix;
    private readonly int _leftSize;
    private readonly MecabToken* _unknownTokens;
    private readonly (int First, int Count)[] _unknownTokensByCategory;
    private readonly int[] _prefixValues = new int[MecabLexicon.MaxPrefixResults];
    private readonly int[] _prefixLengths = new int[MecabLexicon.MaxPrefixResults];
    private LatticeNode[] _nodes = new LatticeNode[1024];
    private int _nodeCount;
    private int[] _endHead = new int[512];
    private LeftNode[] _left = new LeftNode[64];
    private int[] _path = new int[256];
    private int _pathLength;
    private byte[] _utf8 = new byte[1024];
    private readonly int[] _bestStamp;
    private readonly long[] _bestBase;
    private readonly int[] _bestLeft;
    private int _connectStamp;

    /// <summary>A tagger over <paramref name="dictionary"/>, with its own lattice buffers. Not thread-safe: use one per thread.</summary>
    /// <exception cref="ObjectDisposedException"><paramref name="dictionary"/> was disposed.</exception>
    public MecabTagger(MecabDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        dictionary.EnsureOpen();
        _dictionary = dictionary;
        _lexicons = [.. dictionary.Lexicons];
        _charInfos = dictionary.CharInfos;
        _spaceCharInfo = dictionary.SpaceCharInfo;
        _matrix = dictionary.Matrix;
        _leftSize = dictionary.LeftSize;
        _unknownTokens = dictionary.UnknownLexicon.Tokens;
        _unknownTokensByCategory = new (int First, int Count)[dictionary.CategoryNames.Count];
        for (var i = 0; i < _unknownTokensByCategory.Length; i++)
        {
            _unknownTokensByCategory[i] = dictionary.UnknownTokensOf(i);
        }

        _bestStamp = new int[dictionary.RightSize];
        _bestBase = new long[dictionary.RightSize];
        _bestLeft = new int[dictionary.RightSize];
    }

    /// <summary>The dictionary the tagger reads.</summary>
    public MecabDictionary Dictionary => _dictionary;

    /// <summary>
    /// Tokenizes <paramref name="text"/> (one text run of a post) and appends its morphemes, in
    /// order, to <paramref name="output"/>. Spans are UTF-16 offsets into the post: the offset of a
    /// character in <paramref name="text"/> plus <paramref name="textOffset"/>. Whitespace that
    /// MeCab skips (ASCII space, tab, LF, VT with IPADIC) is covered by no morpheme. Lone surrogates
    /// are analysed as U+FFFD. Returns the number of morphemes appended.
    /// </summary>
    /// <exception cref="MecabParseException">No path through the lattice costs less than 2^31−1
    /// (MeCab's "too long sentence."; needs hundreds of kilobytes of text).</exception>
    public int Tokenize(ReadOnlySpan<char> text, int textOffset, List<Morpheme> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(textOffset);
        _dictionary.EnsureOpen();
        var maxBytes = checked(text.Length * 3);
        if (_utf8.Length < maxBytes)
        {
            _utf8 = new byte[Math.Max(maxBytes, _utf8.Length * 2)];
        }

        Utf8.FromUtf16(text, _utf8, out _, out var byteCount, replaceInvalidSequences: true);
        fixed (byte* bytes = _utf8)
        {
            Parse(bytes, byteCount);
            return EmitFromUtf16(text, textOffset, output);
        }
    }

    /// <summary>
    /// Tokenizes raw bytes exactly as <c>mecab</c> would, including invalid UTF-8 (MeCab's own
    /// decoder: continuation bytes are not validated, a stray byte is one character). NUL bytes are
    /// analysed like any other character. Spans are UTF-16 offsets (plus <paramref name="textOffset"/>)
    /// into the string <see cref="Encoding.UTF8"/> would decode from these bytes; a boundary inside
    /// a decoded character maps to that character's start. Byte offsets are in
    /// <see cref="Morpheme.Utf8Start"/> and <see cref="Morpheme.Utf8Length"/>.
    /// </summary>
    /// <exception cref="MecabParseException">See <see cref="Tokenize(ReadOnlySpan{char}, int, List{Morpheme})"/>.</exception>
    public int TokenizeUtf8(ReadOnlySpan<byte> utf8, int textOffset, List<Morpheme> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(textOffset);
        _dictionary.EnsureOpen();
        fixed (byte* bytes = utf8)
        {
            Parse(bytes, utf8.Length);
            return EmitFromUtf8(utf8, textOffset, output);
        }
    }

    /// <summary>Runs lookup and Viterbi over <paramref name="length"/> bytes; leaves the best path in <see cref="_path"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Parse(byte* sentence, int length)
    {
        var endSize = length + 8;
        if (_endHead.Length < endSize)
        {
            _endHead = new int[Math.Max(endSize, _endHead.Length * 2)];
        }

        var endHead = _endHead;
        Array.Fill(endHead, -1, 0, endSize);

        _nodeCount = 1;
        ref var bos = ref _nodes[0];
        bos = default;
        bos.Prev = -1;
        bos.ENext = -1;
        bos.Stat = BosNode;
        endHead[0] = 0;

        for (var pos = 0; pos < length; pos++)
        {
            if (endHead[pos] >= 0)
            {
                var first = _nodeCount;
                Lookup(sentence, pos, length);
                Connect(pos, first);
            }
        }

        // EOS (context id 0, cost 0) joins the last position where a word ends.
        var eosPos = length;
        while (endHead[eosPos] < 0)
        {
            eosPos--;
        }

        var gathered = GatherLeft(eosPos);
        int bestIndex;
        long best;
        fixed (LeftNode* left = _left)
        {
            // EOS has left-context id 0: its matrix row is the first one.
            best = FindBest(left, gathered, _matrix, out var bestK);
            bestIndex = bestK < 0 || best >= CostSentinel ? -1 : left[bestK].Index;
        }

        if (bestIndex < 0)
        {
            throw new MecabParseException("too long sentence.: no path through the lattice costs less than 2^31-1");
        }

        var count = 0;
        for (var i = bestIndex; i > 0; i = _nodes[i].Prev)
        {
            count++;
        }

        if (_path.Length < count)
        {
            _path = new int[Math.Max(count, _path.Length * 2)];
        }

        var at = count;
        for (var i = bestIndex; i > 0; i = _nodes[i].Prev)
        {
            _path[--at] = i;
        }

        _pathLength = count;
        LastPathCost = best;
    }

    /// <summary>Cumulative cost of the last tokenized run's best path (what MeCab prints for EOS with <c>%pc</c>).</summary>
    public long LastPathCost { get; private set; }

    /// <summary>MeCab's lookup(pos): whitespace skip, dictionary words, then unknown-word candidates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Lookup(byte* sentence, int pos, int length)
    {
        var charInfos = _charInfos;
        var end = length - pos > MaxLookupBytes ? pos + MaxLookupBytes : length;

        // Leading whitespace is skipped; the chain compares each char with the previous one.
        var previous = _spaceCharInfo;
        var p = pos;
        uint cinfo = 0;
        var mblen = 0;
        while (p < end)
        {
            cinfo = CharInfoAt(charInfos, sentence + p, end - p, out mblen);
            if (!CharInfo.IsKindOf(previous, cinfo))
            {
                break;
            }

            p += mblen;
            previous = cinfo;
        }

        var begin2 = p;
        var firstNode = _nodeCount;

        // sys.dic first, then each user dictionary: the creation order MeCab's tie-breaking follows.
        var lexicons = _lexicons;
        for (var l = 0; l < lexicons.Length; l++)
        {
            var lexicon = lexicons[l];
            var results = lexicon.CommonPrefixSearch(sentence + begin2, end - begin2, _prefixValues, _prefixLengths);
            for (var r = 0; r < results; r++)
            {
                var value = _prefixValues[r];
                lexicon.CheckValue(value);
                var wordLength = _prefixLengths[r];
                var firstToken = value >> 8;
                var tokenCount = value & 0xFF;
                for (var j = 0; j < tokenCount; j++)
                {
                    AddNode(lexicon.Tokens + firstToken + j, begin2, wordLength, begin2 - pos + wordLength, NormalNode, cinfo, (byte)l);
                }
            }
        }

        if (_nodeCount > firstNode && !CharInfo.Invoke(cinfo))
        {
            return;
        }

        var begin3 = begin2 + mblen;
        var groupEnd = -1;
        if (begin3 > end)
        {
            // Only trailing whitespace gets here: the node ends one char past the sentence.
            AddUnknown(cinfo, pos, begin2, begin3);
            if (_nodeCount > firstNode)
            {
                return;
            }
        }

        if (CharInfo.Group(cinfo))
        {
            var q = begin3;
            var runLength = 0;
            var chained = cinfo;
            while (q < end)
            {
                var next = CharInfoAt(charInfos, sentence + q, end - q, out var nextLength);
                if (!CharInfo.IsKindOf(chained, next))
                {
                    break;
                }

                q += nextLength;
                runLength++;
                chained = next;
            }

            if (runLength <= MecabDictionary.MaxGroupingSize)
            {
                AddUnknown(cinfo, pos, begin2, q);
            }

            groupEnd = q;
        }

        var maxLength = CharInfo.Length(cinfo);
        for (var i = 1; i <= maxLength; i++)
        {
            if (begin3 > end)
            {
                break;
            }

            if (begin3 == groupEnd)
            {
                // MeCab does not advance here, so every later length is skipped as well.
                continue;
            }

            AddUnknown(cinfo, pos, begin2, begin3);
            var next = begin3 < end ? CharInfoAt(charInfos, sentence + begin3, end - begin3, out var nextLength) : ZeroCharInfo(charInfos, out nextLength);
            if (!CharInfo.IsKindOf(cinfo, next))
            {
                break;
            }

            begin3 += nextLength;
        }

        if (_nodeCount == firstNode)
        {
            AddUnknown(cinfo, pos, begin2, begin2 + mblen);
        }
    }

    /// <summary>Viterbi step: each new node picks its cheapest predecessor among the nodes ending at <paramref name="pos"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Connect(int pos, int firstNode)
    {
        var gathered = GatherLeft(pos);
        var matrix = _matrix;
        var lsize = _leftSize;
        var endHead = _endHead;

        // The cheapest predecessor depends only on the new node's left-context id (its word cost
        // is added to every candidate alike), so nodes sharing an id share the search.
        var stamp = ++_connectStamp;
        if (stamp == int.MaxValue)
        {
            Array.Clear(_bestStamp);
            _connectStamp = stamp = 1;
        }

        var bestStamp = _bestStamp;
        var bestBase = _bestBase;
        var bestLeft = _bestLeft;
        fixed (LeftNode* left = _left)
        fixed (LatticeNode* nodes = _nodes)
        {
            // MeCab walks the new nodes newest first and prepends each to its end list, which leaves
            // every end list in creation order behind the nodes of later lookups: the order ties follow.
            for (var r = _nodeCount - 1; r >= firstNode; r--)
            {
                var right = nodes + r;
                int leftId = right->LeftId;
                long best;
                int bestK;
                if (bestStamp[leftId] == stamp)
                {
                    best = bestBase[leftId];
                    bestK = bestLeft[leftId];
                }
                else
                {
                    best = FindBest(left, gathered, matrix + (lsize * leftId), out bestK);
                    bestStamp[leftId] = stamp;
                    bestBase[leftId] = best;
                    bestLeft[leftId] = bestK;
                }

                // MeCab starts from 2^31-1 with a strict comparison: a path at or above it is unusable.
                var total = best + right->WordCost;
                if (bestK < 0 || total >= CostSentinel)
                {
                    throw new MecabParseException("too long sentence.: no path through the lattice costs less than 2^31-1");
                }

                right->Cost = total;
                right->Prev = left[bestK].Index;
                var x = pos + right->RLength;
                right->ENext = endHead[x];
                endHead[x] = r;
            }
        }
    }

    /// <summary>The first left node (in list order) with the least cost + connection cost, by strict comparison as in MeCab.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long FindBest(LeftNode* left, int count, short* row, out int bestK)
    {
        var best = long.MaxValue;
        var found = -1;
        for (var k = 0; k < count; k++)
        {
            var cost = left[k].Cost + row[left[k].RightId];
            if (cost < best)
            {
                best = cost;
                found = k;
            }
        }

        bestK = found;
        return best;
    }

    /// <summary>Copies the end list at <paramref name="pos"/> into a flat array, in list order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int GatherLeft(int pos)
    {
        var count = 0;
        var nodes = _nodes;
        var left = _left;
        for (var i = _endHead[pos]; i >= 0; i = nodes[i].ENext)
        {
            if (count == left.Length)
            {
                Array.Resize(ref _left, count * 2);
                left = _left;
            }

            ref readonly var node = ref nodes[i];
            left[count] = new LeftNode(node.Cost, node.RightId, i);
            count++;
        }

        return count;
    }

    /// <summary>Adds one node per unk.dic token of the char's default category.</summary>
    private void AddUnknown(uint cinfo, int pos, int begin2, int begin3)
    {
        var category = CharInfo.DefaultType(cinfo);
        var (first, count) = _unknownTokensByCategory[category];
        var tokens = _unknownTokens;
        for (var k = 0; k < count; k++)
        {
            AddNode(tokens + first + k, begin2, begin3 - begin2, begin3 - pos, UnknownNode, cinfo, 0);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddNode(MecabToken* token, int begin, int length, int rlength, byte stat, uint cinfo, byte lexicon)
    {
        if (_nodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        ref var node = ref _nodes[_nodeCount++];
        node.Begin = begin;
        node.Length = length;
        node.RLength = rlength;
        node.LeftId = token->LeftId;
        node.RightId = token->RightId;
        node.PosId = token->PosId;
        node.WordCost = token->WordCost;
        node.Feature = token->Feature;
        node.Stat = stat;
        node.CharType = (byte)CharInfo.DefaultType(cinfo);
        node.Lexicon = lexicon;
    }

    /// <summary>
    /// MeCab's UTF-8 decoder: the lead byte alone decides the length (if that many bytes remain);
    /// 4- to 6-byte characters get code index 0; stray or truncated bytes are one char of code 0.
    /// U+FFFF has no entry in char.bin and reads as CharInfo 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint CharInfoAt(uint* charInfos, byte* p, int remaining, out int mblen)
    {
        uint b0 = p[0];
        int code;
        if (b0 < 0x80)
        {
            mblen = 1;
            return charInfos[b0];
        }

        if ((b0 & 0xE0) == 0xC0 && remaining >= 2)
        {
            mblen = 2;
            code = (int)(((b0 & 0x1F) << 6) | (p[1] & 0x3Fu));
        }
        else if ((b0 & 0xF0) == 0xE0 && remaining >= 3)
        {
            mblen = 3;
            code = (int)(((b0 & 0x0F) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu));
            if (code == 0xFFFF)
            {
                return 0;
            }
        }
        else
        {
            mblen = (b0 & 0xF8) == 0xF0 && remaining >= 4 ? 4
                : (b0 & 0xFC) == 0xF8 && remaining >= 5 ? 5
                : (b0 & 0xFE) == 0xFC && remaining >= 6 ? 6
                : 1;
            code = 0;
        }

        return charInfos[code];
    }

    /// <summary>What MeCab decodes at the end of the lookup range (the NUL terminator): code 0.</summary>
    private static uint ZeroCharInfo(uint* charInfos, out int mblen)
    {
        mblen = 1;
        return charInfos[0];
    }

    private int EmitFromUtf16(ReadOnlySpan<char> text, int textOffset, List<Morpheme> output)
    {
        var charIndex = 0;
        var byteIndex = 0;
        for (var n = 0; n < _pathLength; n++)
        {
            ref readonly var node = ref _nodes[_path[n]];
            AdvanceUtf16(text, ref charIndex, ref byteIndex, node.Begin);
            var start = charIndex;
            AdvanceUtf16(text, ref charIndex, ref byteIndex, node.Begin + node.Length);
            output.Add(CreateMorpheme(node, new TextSpan(textOffset + start, charIndex - start)));
        }

        return _pathLength;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int EmitFromUtf8(ReadOnlySpan<byte> utf8, int textOffset, List<Morpheme> output)
    {
        // Valid UTF-8 (the usual case) maps by lead bytes alone; otherwise decode as Encoding.UTF8 would.
        var valid = Utf8.IsValid(utf8);
        var charIndex = 0;
        var byteIndex = 0;
        for (var n = 0; n < _pathLength; n++)
        {
            ref readonly var node = ref _nodes[_path[n]];
            int start, end;
            if (valid)
            {
                start = AdvanceValidUtf8(utf8, ref charIndex, ref byteIndex, node.Begin);
                end = AdvanceValidUtf8(utf8, ref charIndex, ref byteIndex, node.Begin + node.Length);
            }
            else
            {
                start = AdvanceUtf8(utf8, ref charIndex, ref byteIndex, node.Begin);
                end = AdvanceUtf8(utf8, ref charIndex, ref byteIndex, node.Begin + node.Length);
            }

            output.Add(CreateMorpheme(node, new TextSpan(textOffset + start, Math.Max(0, end - start))));
        }

        return _pathLength;
    }

    /// <summary>Counts UTF-16 units up to <paramref name="target"/> in valid UTF-8: one per lead byte, two for a 4-byte lead.</summary>
    private static int AdvanceValidUtf8(ReadOnlySpan<byte> utf8, ref int charIndex, ref int byteIndex, int target)
    {
        var chars = charIndex;
        var end = Math.Min(target, utf8.Length);
        for (var i = byteIndex; i < end; i++)
        {
            var b = utf8[i];
            if ((b & 0xC0) != 0x80)
            {
                chars += b >= 0xF0 ? 2 : 1;
            }
        }

        byteIndex = Math.Max(byteIndex, end);
        charIndex = chars;
        return chars;
    }

    /// <summary>Moves through UTF-16 text until <paramref name="byteIndex"/> reaches <paramref name="target"/> (bytes as <see cref="Utf8.FromUtf16"/> with replacement writes them).</summary>
    private static void AdvanceUtf16(ReadOnlySpan<char> text, ref int charIndex, ref int byteIndex, int target)
    {
        while (byteIndex < target && charIndex < text.Length)
        {
            var c = text[charIndex];
            if (c < 0x80)
            {
                byteIndex++;
                charIndex++;
            }
            else if (c < 0x800)
            {
                byteIndex += 2;
                charIndex++;
            }
            else if (char.IsHighSurrogate(c) && charIndex + 1 < text.Length && char.IsLowSurrogate(text[charIndex + 1]))
            {
                byteIndex += 4;
                charIndex += 2;
            }
            else
            {
                // BMP char, or a lone surrogate written as U+FFFD: three bytes either way.
                byteIndex += 3;
                charIndex++;
            }
        }
    }

    /// <summary>
    /// Moves through UTF-8 bytes decoded as <see cref="Encoding.UTF8"/> would (each maximal invalid
    /// subsequence is one U+FFFD) and returns the UTF-16 index of the char holding <paramref name="target"/>.
    /// </summary>
    private static int AdvanceUtf8(ReadOnlySpan<byte> utf8, ref int charIndex, ref int byteIndex, int target)
    {
        while (true)
        {
            if (byteIndex >= target || byteIndex >= utf8.Length)
            {
                return charIndex;
            }

            System.Buffers.OperationStatus status = System.Text.Rune.DecodeFromUtf8(utf8[byteIndex..], out var rune, out var consumed);
            var units = status == System.Buffers.OperationStatus.Done ? rune.Utf16SequenceLength : 1;
            if (byteIndex + consumed > target)
            {
                // The boundary falls inside this decoded char: it belongs to the char's start.
                return charIndex;
            }

            byteIndex += consumed;
            charIndex += units;
        }
    }

    private Morpheme CreateMorpheme(in LatticeNode node, TextSpan span)
    {
        var unknown = node.Stat == UnknownNode;
        var feature = unknown ? _dictionary.UnknownFeatureOf(node.Feature) : _dictionary.WordFeature(node.Lexicon, node.Feature);
        return new Morpheme(_dictionary, feature, span, node.Begin, node.Length, node.LeftId, node.RightId, node.PosId, node.WordCost, node.Cost, unknown, node.CharType);
    }

    /// <summary>A node ending at the position being connected: what the predecessor search reads.</summary>
    private readonly struct LeftNode(long cost, int rightId, int index)
    {
        public readonly long Cost = cost;
        public readonly int RightId = rightId;
        public readonly int Index = index;
    }

    /// <summary>One lattice node; an index into the tagger's node pool stands for a pointer.</summary>
    private struct LatticeNode
    {
        public long Cost;
        public int Prev;
        public int ENext;
        public int Begin;
        public int Length;
        public int RLength;
        public uint Feature;
        public ushort LeftId;
        public ushort RightId;
        public ushort PosId;
        public short WordCost;
        public byte Stat;
        public byte CharType;

        /// <summary>Which lexicon the word came from (0 = sys.dic, then user dictionaries).</summary>
        public byte Lexicon;
    }
}
