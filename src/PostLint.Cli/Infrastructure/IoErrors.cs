using PostLint.Localization;
using PostLint.IO;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// Says what went wrong with a file in the words of the failure itself: a missing folder is "not
/// found", not "access denied" (.NET says "Access to the path is denied" for several causes, among
/// them opening a folder as a file). The words are in the run's language; a failure PostLint has
/// no words of its own for keeps the system's text (its own words, in whatever language it has).
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

    // Where BoundedFile and DraftFile keep the reason of what they throw.
    private const string ReasonKey = "PostLint.Reason";

    public static string Describe(Exception exception, Messages messages)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(messages);
        return Reason(exception).Render(messages);
    }

    /// <summary>The reason of a failure as a message id (or the system's own text, verbatim).</summary>
    public static LocalizedMessage Reason(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            LocalizedIOException refused => refused.Reason,
            // A refusal or a missing file PostLint's readers threw with their reason (which names the file).
            _ when exception.Data[ReasonKey] is LocalizedMessage reason => reason,
            FileRefusedException => BoundedFile.ReasonOf(exception),
            FileNotFoundException or DirectoryNotFoundException => LocalizedMessage.Of("file.io.notFound"),
            PathTooLongException => LocalizedMessage.Of("file.io.pathTooLong"),
            UnauthorizedAccessException => LocalizedMessage.Of("file.io.noPermission"),
            IOException { HResult: NoSpace } => LocalizedMessage.Of("file.io.noSpace"),
            IOException { HResult: BrokenPipe } => LocalizedMessage.Of("file.io.brokenPipe"),
            IOException { HResult: PermissionDenied } => LocalizedMessage.Of("file.io.noPermission"),
            IOException { HResult: NoSuchFile } => LocalizedMessage.Of("file.io.notFound"),
            IOException { HResult: IsADirectory } => LocalizedMessage.Of("file.io.isFolder"),
            IOException { HResult: ReadOnlyFileSystem } => LocalizedMessage.Of("file.io.readOnly"),
            _ => BoundedFile.ReasonOf(exception),
        };
    }

    /// <summary>
    /// Why an input given on the command line cannot be read as a file, before it is opened, or
    /// null when it is a regular file. Folders are allowed only where the verb reads folders.
    /// </summary>
    public static string? InputProblem(string path, bool foldersAllowed, Messages messages)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(messages);
        var kind = FileKinds.Of(path);
        return kind switch
        {
            FileKind.Regular => null,
            FileKind.Directory when foldersAllowed => null,
            FileKind.Missing => LocalizedMessage.Of("file.input.missing", path).Render(messages),
            FileKind.Directory => LocalizedMessage.Of("file.input.folder", path).Render(messages),
            _ => LocalizedMessage.Of("file.input.notRegular", path, FileKinds.DescribeText(kind)).Render(messages),
        };
    }
}

/// <summary>
/// A refusal PostLint makes itself about a file it reads or writes (a draft over the size limit,
/// a folder where a file is to be written), with its reason as a message id so that it is shown
/// in the run's language.
/// </summary>
internal sealed class LocalizedIOException(LocalizedMessage reason) : IOException(reason.ToString())
{
    public LocalizedMessage Reason { get; } = reason;
}
