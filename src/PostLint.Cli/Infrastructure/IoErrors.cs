namespace PostLint.Cli.Infrastructure;

/// <summary>
/// Says what went wrong with a file in the words of the failure itself: a missing folder is "not
/// found", not "access denied" (.NET says "Access to the path is denied" for several causes, among
/// them opening a folder as a file).
/// </summary>
internal static class IoErrors
{
    // errno values, which .NET keeps as the HResult of the IOExceptions it makes on Linux and macOS.
    private const int NoSuchFile = 2;
    private const int PermissionDenied = 13;
    private const int IsADirectory = 21;
    private const int NoSpace = 28;
    private const int BrokenPipe = 32;
    private const int ReadOnlyFileSystem = 30;

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            FileNotFoundException or DirectoryNotFoundException => "見つかりません",
            PathTooLongException => "パスが長すぎます",
            UnauthorizedAccessException => "アクセスする権限がありません",
            IOException { HResult: NoSpace } => "ディスクの空きがありません",
            IOException { HResult: BrokenPipe } => "出力先が閉じられました",
            IOException { HResult: PermissionDenied } => "アクセスする権限がありません",
            IOException { HResult: NoSuchFile } => "見つかりません",
            IOException { HResult: IsADirectory } => "フォルダーです",
            IOException { HResult: ReadOnlyFileSystem } => "読み取り専用のファイルシステムです",
            _ => exception.Message,
        };
    }

    /// <summary>
    /// Why an input given on the command line cannot be read as a file, before it is opened, or
    /// null when it is a regular file. Folders are allowed only where the verb reads folders.
    /// </summary>
    public static string? InputProblem(string path, bool foldersAllowed)
    {
        ArgumentNullException.ThrowIfNull(path);
        var kind = PostLint.Input.FileKinds.Of(path);
        return kind switch
        {
            PostLint.Input.FileKind.Regular => null,
            PostLint.Input.FileKind.Directory when foldersAllowed => null,
            PostLint.Input.FileKind.Missing => $"{path} が見つかりません",
            PostLint.Input.FileKind.Directory => $"{path} はフォルダーです。ファイルを指定してください",
            _ => $"{path} は{PostLint.Input.FileKinds.Describe(kind)}です。通常のファイルを指定してください（標準入力は -）",
        };
    }
}
