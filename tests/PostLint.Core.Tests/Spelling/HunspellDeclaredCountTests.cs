using System.Text;
using PostLint.Spelling;

namespace PostLint.Tests.Core.Spelling;

/// <summary>
/// The word count on the first line of a .dic is a hint: a dictionary makes room for the stems
/// its file can hold, not for the count it declares. Found by fuzzing (a 30-byte .dic declaring
/// 250 million words reserved room for 4 M stems at every load); measured in bytes allocated.
/// </summary>
public sealed class HunspellDeclaredCountTests
{
    [Fact]
    public void A_huge_declared_word_count_does_not_reserve_memory_for_it()
    {
        var affix = Encoding.UTF8.GetBytes("SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n");
        var dictionary = Encoding.UTF8.GetBytes("250116352\noyster/S\nfestival\n");
        HunspellDictionary.Load(affix, dictionary); // warm up: type loading and static tables

        var before = GC.GetAllocatedBytesForCurrentThread();
        var loaded = HunspellDictionary.Load(affix, dictionary);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(loaded.Check("oysters"));
        Assert.InRange(allocated, 0, 2 * 1024 * 1024);
    }
}
