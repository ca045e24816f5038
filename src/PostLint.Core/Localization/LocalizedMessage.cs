using System.Collections.Immutable;
using System.Globalization;

namespace PostLint.Localization;

/// <summary>
/// A text for people kept as its message id and arguments rather than as a string, so that the
/// code that finds a problem (a configuration reader, an input reader) need not know the display
/// language: whoever shows it renders it with the <see cref="Messages"/> of the run. An argument
/// that is itself a <see cref="LocalizedMessage"/> is rendered in the same language (a reason
/// inside a reason); other arguments (paths, JSON keys, values from the file) are shown verbatim,
/// formatted with the invariant culture.
/// </summary>
public sealed class LocalizedMessage : IEquatable<LocalizedMessage>
{
    /// <summary>The id of a text taken as it is, in both languages (a message from outside PostLint).</summary>
    public const string VerbatimId = "text.verbatim";

    private LocalizedMessage(string id, ImmutableArray<object?> arguments)
    {
        Id = id;
        Arguments = arguments;
    }

    /// <summary>The message id in <c>messages-{ja,en}.json</c>.</summary>
    public string Id { get; }

    /// <summary>The values for the placeholders <c>{0}</c>, <c>{1}</c>… of the message.</summary>
    public ImmutableArray<object?> Arguments { get; }

    /// <summary>The message <paramref name="id"/> with its arguments.</summary>
    public static LocalizedMessage Of(string id, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return new LocalizedMessage(id, arguments is null ? [] : [.. arguments]);
    }

    /// <summary>A text that is the same in every language (it came from outside PostLint).</summary>
    public static LocalizedMessage Verbatim(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new LocalizedMessage(VerbatimId, [text]);
    }

    /// <summary>The message in the language of <paramref name="messages"/>.</summary>
    public string Render(Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (Arguments.IsEmpty)
        {
            return messages[Id];
        }

        var values = new object?[Arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Arguments[i] is LocalizedMessage inner ? inner.Render(messages) : Arguments[i];
        }

        return string.Format(CultureInfo.InvariantCulture, messages[Id], values);
    }

    /// <summary>
    /// The same message with every string argument (also inside nested messages) passed through
    /// <paramref name="map"/>: a server hides the folder of an upload in the reasons it returns.
    /// </summary>
    public LocalizedMessage MapStrings(Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var builder = ImmutableArray.CreateBuilder<object?>(Arguments.Length);
        foreach (var argument in Arguments)
        {
            builder.Add(argument switch
            {
                string text => map(text),
                LocalizedMessage inner => inner.MapStrings(map),
                _ => argument,
            });
        }

        return new LocalizedMessage(Id, builder.MoveToImmutable());
    }

    /// <summary>The message in Japanese, the default display language.</summary>
    public override string ToString() => Render(Messages.Japanese);

    /// <summary>True when both have the same id and equal arguments.</summary>
    public bool Equals(LocalizedMessage? other) =>
        other is not null && Id == other.Id && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedMessage);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Arguments.Length);
}
