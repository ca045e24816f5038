using System.Buffers;
using System.Text;

namespace PostLint.Input;

/// <summary>
/// Repairs the mojibake of Facebook and Instagram exports: their JSON writes each UTF-8 byte of a
/// string as its own <c>\u00XX</c> escape, so a normal parse gives Latin-1 characters
/// (<c>"Holb\u00c3\u00a6k"</c> for Holbæk). A string whose characters are all at most U+00FF is
/// turned back into those bytes and decoded as strict UTF-8; if that fails, or a character above
/// U+00FF shows the string was not mangled, the string is kept as it is (io-formats §3.2).
/// </summary>
internal static class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Repair(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var span = value.AsSpan();
        var firstHigh = span.IndexOfAnyExceptInRange('\u0000', '\u007F');
        if (firstHigh < 0 || span[firstHigh..].IndexOfAnyExceptInRange('\u0000', '\u00FF') >= 0)
        {
            // Pure ASCII needs no repair; a character above U+00FF means real text.
            return value;
        }

        var rented = ArrayPool<byte>.Shared.Rent(span.Length);
        try
        {
            var bytes = rented.AsSpan(0, span.Length);
            for (var i = 0; i < span.Length; i++)
            {
                bytes[i] = (byte)span[i];
            }

            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return value;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
