using System.Runtime.InteropServices;
using System.Text;

namespace PostLint.Tests.Spelling;

/// <summary>
/// libhunspell (the library the <c>hunspell</c> command uses) called in-process, to compare single
/// words that the command's tokenizer would split (trailing dots, hyphens) and suggestions.
/// </summary>
internal sealed partial class LibHunspell : IDisposable
{
    /// <summary>
    /// Tests that use libhunspell run one at a time: its shared case tables are freed when the
    /// last handle is destroyed, so handles created and destroyed on parallel threads corrupt them.
    /// </summary>
    public const string CollectionName = "libhunspell";

    private const string Library = "libhunspell-1.7.so.0";
    private IntPtr _handle;

    private LibHunspell(IntPtr handle) => _handle = handle;

    public static bool IsAvailable => NativeLibrary.TryLoad(Library, out _);

    public static LibHunspell Open(string dictionaryBase) => new(Native.Create(dictionaryBase + ".aff", dictionaryBase + ".dic"));

    public bool Spell(string word, Encoding? encoding = null)
        => Native.Spell(_handle, (encoding ?? Encoding.UTF8).GetBytes(word + "\0")) != 0;

    public List<string> Suggest(string word)
    {
        var count = Native.Suggest(_handle, out var list, Encoding.UTF8.GetBytes(word + "\0"));
        var result = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(list, i * IntPtr.Size)) ?? string.Empty);
        }

        Native.FreeList(_handle, ref list, count);
        return result;
    }

    public void Dispose()
    {
        if (_handle != IntPtr.Zero)
        {
            Native.Destroy(_handle);
            _handle = IntPtr.Zero;
        }
    }

    private static partial class Native
    {
        [LibraryImport(Library, EntryPoint = "Hunspell_create", StringMarshalling = StringMarshalling.Utf8)]
        public static partial IntPtr Create(string affPath, string dicPath);

        [LibraryImport(Library, EntryPoint = "Hunspell_destroy")]
        public static partial void Destroy(IntPtr handle);

        [LibraryImport(Library, EntryPoint = "Hunspell_spell")]
        public static partial int Spell(IntPtr handle, byte[] word);

        [LibraryImport(Library, EntryPoint = "Hunspell_suggest")]
        public static partial int Suggest(IntPtr handle, out IntPtr list, byte[] word);

        [LibraryImport(Library, EntryPoint = "Hunspell_free_list")]
        public static partial void FreeList(IntPtr handle, ref IntPtr list, int count);
    }
}

[CollectionDefinition(LibHunspell.CollectionName, DisableParallelization = true)]
public sealed class LibHunspellTestGroup
{
}
