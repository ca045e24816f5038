using System.Runtime.CompilerServices;

namespace PostLint.Morphology;

/// <summary>
/// Decoding of char.bin's 32-bit CharInfo: bits 0–17 category set, 18–25 default category,
/// 26–29 unknown-word length, 30 group, 31 invoke.
/// </summary>
internal static class CharInfo
{
    public const uint TypeMask = 0x3FFFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DefaultType(uint info) => (int)((info >> 18) & 0xFF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Length(uint info) => (int)((info >> 26) & 0xF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Group(uint info) => (info & 0x40000000) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Invoke(uint info) => (info & 0x80000000) != 0;

    /// <summary>MeCab's isKindOf: the two characters share at least one category.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsKindOf(uint a, uint b) => (a & b & TypeMask) != 0;
}
