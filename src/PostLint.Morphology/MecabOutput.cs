using System.Buffers;
using System.Buffers.Text;
using PostLint.Morphemes;

namespace PostLint.Morphology;

/// <summary>
/// Writes morphemes the way the <c>mecab</c> command prints them, as raw UTF-8 bytes (no strings
/// are built). The surface is taken from the sentence bytes the morphemes were tokenized from.
/// </summary>
public static class MecabOutput
{
    /// <summary>
    /// MeCab's default output: <c>surface TAB feature LF</c> per morpheme, then <c>EOS LF</c>
    /// (node format <c>%m\t%H\n</c>, eos format <c>EOS\n</c>).
    /// </summary>
    public static void WriteDefault(ReadOnlySpan<byte> sentence, ReadOnlySpan<Morpheme> morphemes, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (ref readonly var morpheme in morphemes)
        {
            var surface = sentence.Slice(morpheme.Utf8Start, morpheme.Utf8Length);
            var feature = morpheme.FeatureUtf8;
            var span = output.GetSpan(surface.Length + feature.Length + 2);
            surface.CopyTo(span);
            span[surface.Length] = (byte)'\t';
            feature.CopyTo(span[(surface.Length + 1)..]);
            span[surface.Length + 1 + feature.Length] = (byte)'\n';
            output.Advance(surface.Length + feature.Length + 2);
        }

        Write(output, "EOS\n"u8);
    }

    /// <summary><c>mecab -Owakati</c>: every surface followed by a space, then LF.</summary>
    public static void WriteWakati(ReadOnlySpan<byte> sentence, ReadOnlySpan<Morpheme> morphemes, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (ref readonly var morpheme in morphemes)
        {
            var surface = sentence.Slice(morpheme.Utf8Start, morpheme.Utf8Length);
            var span = output.GetSpan(surface.Length + 1);
            surface.CopyTo(span);
            span[surface.Length] = (byte)' ';
            output.Advance(surface.Length + 1);
        }

        Write(output, "\n"u8);
    }

    /// <summary>
    /// The exact differential format: what
    /// <c>mecab -F '%ps\t%pe\t%m\t%phl\t%phr\t%pw\t%pc\t%s\t%H\n' -U (same) -E 'EOS\t%pc\n'</c> prints:
    /// byte start, byte end, surface, left id, right id, word cost, cumulative cost, status
    /// (0 known, 1 unknown), feature; then <c>EOS</c> with the total path cost.
    /// </summary>
    public static void WriteDetailed(ReadOnlySpan<byte> sentence, ReadOnlySpan<Morpheme> morphemes, long totalCost, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (ref readonly var morpheme in morphemes)
        {
            WriteNumber(output, morpheme.Utf8Start);
            Write(output, "\t"u8);
            WriteNumber(output, morpheme.Utf8Start + morpheme.Utf8Length);
            Write(output, "\t"u8);
            Write(output, sentence.Slice(morpheme.Utf8Start, morpheme.Utf8Length));
            Write(output, "\t"u8);
            WriteNumber(output, morpheme.LeftId);
            Write(output, "\t"u8);
            WriteNumber(output, morpheme.RightId);
            Write(output, "\t"u8);
            WriteNumber(output, morpheme.WordCost);
            Write(output, "\t"u8);
            WriteNumber(output, morpheme.Cost);
            Write(output, morpheme.IsUnknown ? "\t1\t"u8 : "\t0\t"u8);
            Write(output, morpheme.FeatureUtf8);
            Write(output, "\n"u8);
        }

        Write(output, "EOS\t"u8);
        WriteNumber(output, totalCost);
        Write(output, "\n"u8);
    }

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        var span = output.GetSpan(bytes.Length);
        bytes.CopyTo(span);
        output.Advance(bytes.Length);
    }

    private static void WriteNumber(IBufferWriter<byte> output, long value)
    {
        var span = output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
    }
}
