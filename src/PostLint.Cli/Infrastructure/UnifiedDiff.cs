using System.Text;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// A unified diff of two texts by lines (<c>fix --diff</c>), in the form <c>diff -u</c>, git and
/// <c>ruff format --diff</c> print: <c>---</c>/<c>+++</c> headers, <c>@@ -l,n +l,n @@</c> hunks with
/// three lines of context. Drafts are a few lines, so the longest common subsequence table is small.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff, or an empty string when the texts are the same.</summary>
    public static string Create(string before, string after, string oldName, string newName)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var a = SplitLines(before);
        var b = SplitLines(after);
        var edits = Edits(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');

        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from three lines before the first change to three after the last change
            // that is no more than six unchanged lines from the next.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < edits.Count)
            {
                if (edits[end].Kind != ' ')
                {
                    end++;
                    continue;
                }

                var run = end;
                while (run < edits.Count && edits[run].Kind == ' ')
                {
                    run++;
                }

                if (run == edits.Count || run - end > 2 * Context)
                {
                    end = Math.Min(edits.Count, end + Context);
                    break;
                }

                end = run;
            }

            var hunk = edits.GetRange(start, end - start);
            var oldStart = hunk[0].OldLine;
            var newStart = hunk[0].NewLine;
            var oldCount = hunk.Count(static e => e.Kind != '+');
            var newCount = hunk.Count(static e => e.Kind != '-');
            output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
            foreach (var edit in hunk)
            {
                output.Append(edit.Kind).Append(edit.Text.TrimEnd('\n', '\r')).Append('\n');
                if (!edit.Text.EndsWith('\n'))
                {
                    output.Append("\\ No newline at end of file\n");
                }
            }

            i = end;
        }

        return output.ToString();
    }

    // "l,n" with the 1-based first line; an empty range names the line before it, as diff -u does.
    private static string Range(int line, int count) =>
        count == 0 ? $"{line - 1},0" : count == 1 ? $"{line}" : $"{line},{count}";

    private readonly record struct Edit(char Kind, string Text, int OldLine, int NewLine);

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static List<Edit> Edits(List<string> a, List<string> b)
    {
        // lcs[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<Edit>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                edits.Add(new Edit(' ', a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (y < b.Count && (x == a.Count || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                // Removals are listed before additions in each change, as diff does: take the
                // addition only when removing first would not keep the longest common part.
                if (x < a.Count && lcs[x + 1, y] == lcs[x, y])
                {
                    edits.Add(new Edit('-', a[x], x + 1, y + 1));
                    x++;
                }
                else
                {
                    edits.Add(new Edit('+', b[y], x + 1, y + 1));
                    y++;
                }
            }
            else
            {
                edits.Add(new Edit('-', a[x], x + 1, y + 1));
                x++;
            }
        }

        return edits;
    }
}
