namespace PostLint.Input;

/// <summary>
/// A field of one record cannot be read (a string with a lone surrogate escape, a value of the
/// wrong type): the reader turns it into a PL0001 rejection of that record naming the field, and
/// reading goes on with the next record.
/// </summary>
public sealed class RecordFieldException : Exception
{
    public RecordFieldException()
    {
    }

    public RecordFieldException(string message)
        : base(message)
    {
    }

    public RecordFieldException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecordFieldException(string field, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
    }

    /// <summary>The field (JSON property or CSV column) that could not be read.</summary>
    public string Field { get; } = string.Empty;

    /// <summary>The reason as a record's rejection states it: <c>'field': why</c>.</summary>
    public string Reason => Field.Length == 0 ? Message : $"'{Field}': {Message}";

    /// <summary>The message for a JSON string that cannot become a .NET string (a lone UTF-16 surrogate such as <c>\ud800</c>).</summary>
    public const string LoneSurrogate = "the string holds a lone surrogate escape (such as \\ud800, half of an emoji cut off by the client) and cannot be read";
}
