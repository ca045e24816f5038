using System.Collections.Immutable;
using PostLint.Diagnostics;
using PostLint.Model;

namespace PostLint.Analysis;

/// <summary>
/// The findings of one post, or diagnostics that belong to no post (<see cref="Post"/> is null):
/// the engine's PL0001–PL0003, located in a file (<see cref="DiagnosticLocation.InFile"/>) or
/// in the run as a whole (<see cref="DiagnosticLocation.None"/>).
/// </summary>
/// <param name="Post">The post, or null for diagnostics that belong to no post.</param>
/// <param name="Diagnostics">The findings, in the order reported.</param>
public sealed record PostResult(Post? Post, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The property of a PL0001 diagnostic that holds the record's number in its file (1-based).</summary>
    public const string RecordNumberProperty = "record";

    /// <summary>The property of a PL0001 diagnostic that holds the id the unreadable record gave, when it gave one.</summary>
    public const string RecordIdProperty = "recordId";

    /// <summary>
    /// A result for one engine problem (PL0001/PL0002/PL0003) that belongs to a file position or to
    /// the run rather than to a post.
    /// </summary>
    /// <param name="descriptor">The engine diagnostic (<see cref="EngineDiagnostics"/>).</param>
    /// <param name="message">What went wrong: the diagnostic's only message argument.</param>
    /// <param name="location">Where: <see cref="DiagnosticLocation.InFile"/> or <see cref="DiagnosticLocation.None"/>.</param>
    public static PostResult ForProblem(DiagnosticDescriptor descriptor, string message, DiagnosticLocation location) =>
        new(null, [Diagnostic.Create(descriptor, location, message)]);

    /// <summary>
    /// PL0001 for a record of an export that cannot be read: located at the record's line of the
    /// file, with its number (<see cref="RecordNumberProperty"/>) and, when the record named one,
    /// its id (<see cref="RecordIdProperty"/>).
    /// </summary>
    public static PostResult ForRejectedRecord(string message, string path, int line, long recordNumber, string? recordId = null)
    {
        var properties = ImmutableDictionary<string, string>.Empty;
        if (recordNumber > 0)
        {
            properties = properties.Add(RecordNumberProperty, recordNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(recordId))
        {
            properties = properties.Add(RecordIdProperty, recordId);
        }

        var location = string.IsNullOrEmpty(path) ? DiagnosticLocation.None : DiagnosticLocation.InFile(path, Math.Max(line, 1));
        return new(null, [Diagnostic.Create(EngineDiagnostics.InputRecord, location, [], properties, message)]);
    }

    /// <summary>The engine's once-per-run diagnostics (PL0003), which belong to no post and no file.</summary>
    public static PostResult ForRun(ImmutableArray<Diagnostic> diagnostics) => new(null, diagnostics);
}
