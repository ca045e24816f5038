using PostLint.Localization;

namespace PostLint.Input;

/// <summary>
/// A field of one record cannot be read (a string with a lone surrogate escape, a value of the
/// wrong type): the reader turns it into a PL0001 rejection of that record naming the field, and
/// reading goes on with the next record.
/// </summary>
internal sealed class RecordFieldException : Exception
{
    public RecordFieldException()
        : this(string.Empty)
    {
    }

    public RecordFieldException(string message)
        : this(string.Empty, LocalizedMessage.Verbatim(message))
    {
    }

    public RecordFieldException(string message, Exception innerException)
        : this(string.Empty, LocalizedMessage.Verbatim(message), innerException)
    {
    }

    public RecordFieldException(string field, string message, Exception? innerException = null)
        : this(field, LocalizedMessage.Verbatim(message), innerException)
    {
    }

    /// <summary>The field <paramref name="field"/> cannot be read, for the reason <paramref name="text"/> (a message id with its arguments).</summary>
    public RecordFieldException(string field, LocalizedMessage text, Exception? innerException = null)
        : base(text?.ToString(), innerException)
    {
        Field = field ?? string.Empty;
        Text = text!;
    }

    /// <summary>The field (JSON property or CSV column) that could not be read.</summary>
    public string Field { get; } = string.Empty;

    /// <summary>Why the field cannot be read, in either display language.</summary>
    public LocalizedMessage Text { get; }

    /// <summary>The reason as a record's rejection states it: <c>`field`: why</c>.</summary>
    public LocalizedMessage Reason => Field.Length == 0 ? Text : LocalizedMessage.Of("input.field", Field, Text);

    /// <summary>A JSON string that cannot become a .NET string (a lone UTF-16 surrogate such as <c>\ud800</c>).</summary>
    public static RecordFieldException LoneSurrogateIn(string field, Exception? innerException = null) =>
        new(field, LocalizedMessage.Of("input.loneSurrogate"), innerException);
}
