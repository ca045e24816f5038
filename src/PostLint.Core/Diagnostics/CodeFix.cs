using System.Collections.Immutable;

namespace PostLint.Diagnostics;

/// <summary>
/// A fix offered with a diagnostic: a title people read, its applicability and the edits.
/// A display fix may have no edits at all (advice such as 「短縮URLではなく元のURLを記載してください」).
/// </summary>
public sealed class CodeFix
{
    /// <summary>A fix with the given title, applicability and edits (sorted by position; a default array means no edits).</summary>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty or white space, or two edits overlap.</exception>
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

    /// <summary>What the fix does or advises, as people read it (Japanese for the built-in rules).</summary>
    public string Title { get; }

    /// <summary>Whether <c>--fix</c> applies the fix (safe), only <c>--unsafe-fixes</c> does (unsafe), or it is advice only (display).</summary>
    public FixApplicability Applicability { get; }

    /// <summary>Non-overlapping edits, sorted by position.</summary>
    public ImmutableArray<TextEdit> Edits { get; }

    /// <summary>A fix that keeps the post's meaning and is applied by <c>--fix</c>.</summary>
    public static CodeFix Safe(string title, params ReadOnlySpan<TextEdit> edits) => new(title, FixApplicability.Safe, [.. edits]);

    /// <summary>A fix that may change what the post says; applied only with <c>--unsafe-fixes</c>.</summary>
    public static CodeFix Unsafe(string title, params ReadOnlySpan<TextEdit> edits) => new(title, FixApplicability.Unsafe, [.. edits]);

    /// <summary>Advice shown to people and never applied, with or without edits that illustrate it.</summary>
    public static CodeFix Display(string title, params ReadOnlySpan<TextEdit> edits) => new(title, FixApplicability.Display, [.. edits]);

    /// <summary>The text after applying this fix's edits to <paramref name="text"/>.</summary>
    public string Apply(string text) => TextEdits.Apply(text, Edits.AsSpan());

    /// <summary>The applicability and title, such as <c>safe: …</c>, for logs and test output.</summary>
    public override string ToString() => $"{Applicability.ToName()}: {Title}";
}
