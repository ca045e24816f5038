using System.Collections.Immutable;

namespace PostLint.Diagnostics;

/// <summary>
/// A fix offered with a diagnostic: a title people read, its applicability and the edits.
/// A display fix may have no edits at all (advice such as 「短縮URLではなく元のURLを記載してください」).
/// </summary>
public sealed class CodeFix
{
    public CodeFix(string title, FixApplicability applicability, ImmutableArray<TextEdit> edits)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        Applicability = applicability;
        Edits = edits.IsDefault ? [] : edits.Sort(static (a, b) => a.Span.CompareTo(b.Span));
        for (var i = 1; i < Edits.Length; i++)
        {
            if (Edits[i - 1].Span.End > Edits[i].Span.Start)
            {
                throw new ArgumentException("The edits of one fix must not overlap.", nameof(edits));
            }
        }
    }

    public string Title { get; }

    public FixApplicability Applicability { get; }

    /// <summary>Non-overlapping edits, sorted by position.</summary>
    public ImmutableArray<TextEdit> Edits { get; }

    public static CodeFix Safe(string title, params ReadOnlySpan<TextEdit> edits) => new(title, FixApplicability.Safe, [.. edits]);

    public static CodeFix Unsafe(string title, params ReadOnlySpan<TextEdit> edits) => new(title, FixApplicability.Unsafe, [.. edits]);

    public static CodeFix Display(string title, params ReadOnlySpan<TextEdit> edits) => new(title, FixApplicability.Display, [.. edits]);

    /// <summary>The text after applying this fix's edits to <paramref name="text"/>.</summary>
    public string Apply(string text) => TextEdits.Apply(text, Edits.AsSpan());

    public override string ToString() => $"{Applicability.ToName()}: {Title}";
}
