using System.Globalization;
using PostLint.Localization;

namespace PostLint.IO;

/// <summary>
/// How large the things PostLint reads may be. The largest post any platform accepts is
/// Facebook's 63,206 characters (under 256 KB in UTF-8 with its record around it); a record is
/// allowed 16 MB, far above that, so only damaged or hostile input reaches the limit. Readers check
/// the limit while reading and stop keeping the bytes of a record that passes it, so memory stays
/// bounded: such a record is one PL0001 and reading goes on after it.
/// </summary>
public static class InputLimits
{
    /// <summary>The most bytes one record (a JSON line, an export element, a CSV record) may have: 16 MB.</summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;

    /// <summary>The most characters one CSV record may have (its UTF-16 length): 16 M.</summary>
    public const int MaxRecordChars = 16 * 1024 * 1024;

    /// <summary>The most bytes read before the <c>[</c> that opens an export's array (X writes a short <c>window.YTD… =</c> prefix).</summary>
    public const int MaxArrayPrefixBytes = 1024 * 1024;

    /// <summary>A size for messages: <c>17,825,792 bytes (17.0 MB)</c>.</summary>
    public static string DescribeBytes(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes ({bytes / (1024.0 * 1024.0):0.0} MB)");

    /// <summary>The reason of a record skipped for its size.</summary>
    public static LocalizedMessage TooLarge(long bytes) =>
        LocalizedMessage.Of("input.tooLarge.bytes", DescribeBytes(bytes), MaxRecordBytes / (1024 * 1024));

    /// <summary>The reason of a CSV record skipped for its length in characters.</summary>
    public static LocalizedMessage TooManyCharacters(long characters) =>
        LocalizedMessage.Of("input.tooLarge.characters", characters, MaxRecordBytes / (1024 * 1024));
}
