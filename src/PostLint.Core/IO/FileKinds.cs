using System.Runtime.InteropServices;
using PostLint.Localization;

namespace PostLint.IO;

/// <summary>What a path names, found without opening it.</summary>
public enum FileKind
{
    /// <summary>Nothing is at the path.</summary>
    Missing,
    /// <summary>A regular file, the only kind PostLint reads.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A named pipe: opening it for reading would block until someone writes to it.</summary>
    Fifo,
    /// <summary>A Unix domain socket.</summary>
    Socket,
    /// <summary>A character device such as <c>/dev/zero</c>, which may never end.</summary>
    CharacterDevice,
    /// <summary>A block device such as a disk.</summary>
    BlockDevice,
}

/// <summary>
/// Tells regular files from named pipes, sockets and devices without opening them: opening a
/// named pipe (FIFO) for reading blocks until someone writes to it, and a device such as
/// <c>/dev/zero</c> never ends, so PostLint reads regular files only (as ripgrep does). .NET does
/// not expose the file type, so on Linux and macOS it is read with <c>statx</c>/<c>stat</c>
/// (following symbolic links); elsewhere every existing non-folder counts as a regular file.
/// </summary>
public static partial class FileKinds
{
    private const int StatxTypeMask = 0x0001; // STATX_TYPE
    private const int AtCurrentDirectory = -100; // AT_FDCWD
    private const int StatxModeOffset = 28; // struct statx: stx_mode (u16), the same on every Linux architecture
    private const int DarwinModeOffset = 4; // struct stat on macOS: st_dev (i32), then st_mode (u16)

    /// <summary>The kind of file a path names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        var mode = ReadMode(path);
        return mode is null ? FileKind.Regular : (mode.Value & 0xF000) switch
        {
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x4000 => FileKind.Directory,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Regular,
        };
    }

    /// <summary>How a kind is named in messages (Japanese, as users read them).</summary>
    /// <summary>The kind of file in either display language (「名前付きパイプ（FIFO）」, "a named pipe (FIFO)").</summary>
    public static LocalizedMessage DescribeText(FileKind kind) => LocalizedMessage.Of("file.kind." + kind switch
    {
        FileKind.Missing => "missing",
        FileKind.Directory => "directory",
        FileKind.Fifo => "fifo",
        FileKind.Socket => "socket",
        FileKind.CharacterDevice => "characterDevice",
        FileKind.BlockDevice => "blockDevice",
        _ => "regular",
    });

    /// <summary>What <paramref name="kind"/> is, in Japanese, for messages (<see cref="DescribeText"/> gives either display language).</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "存在しないパス",
        FileKind.Directory => "フォルダー",
        FileKind.Fifo => "名前付きパイプ（FIFO）",
        FileKind.Socket => "ソケット",
        FileKind.CharacterDevice => "キャラクターデバイス",
        FileKind.BlockDevice => "ブロックデバイス",
        _ => "通常のファイル",
    };

    private static int? ReadMode(string path)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        var buffer = new byte[512];
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return statx(AtCurrentDirectory, utf8, 0, StatxTypeMask, buffer) == 0
                    ? BitConverter.ToUInt16(buffer, StatxModeOffset)
                    : null;
            }

            if (OperatingSystem.IsMacOS())
            {
                return stat(utf8, buffer) == 0 ? BitConverter.ToUInt16(buffer, DarwinModeOffset) : null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without statx (old glibc, other libcs): the file is taken as regular.
        }

        return null;
    }

    [LibraryImport("libc", EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int statx(int directory, byte[] path, int flags, int mask, byte[] buffer);

    [LibraryImport("libc", EntryPoint = "stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int stat(byte[] path, byte[] buffer);
}
