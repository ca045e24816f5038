using System.Collections.Immutable;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using PostLint.Model;

namespace PostLint.Input;

/// <summary>
/// The settings a draft file carries in front matter: a YAML block between a first line
/// <c>---</c> and the next line <c>---</c>, before the post.
/// <code>
/// ---
/// platform: instagram
/// sponsored: true
/// createdAt: 2026-04-01T09:00:00+09:00
/// ignore:
///   - rule: PL2001
///     reason: 予約ページは事業者のサイトのみ（広報課確認済み）
/// ---
/// </code>
/// <c>ignore</c> turns rules off for this draft; every ignored rule needs a reason, either its own
/// (<c>{rule, reason}</c>) or the block's <c>reason</c> for bare ids (<c>ignore: [PL2001]</c>).
/// Front matter wins over <c>postlint.json</c> and its <c>overrides</c>; the command line wins over it.
/// </summary>
public sealed record FrontMatter
{
    /// <summary>The keys front matter may have.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["platform", "sponsored", "createdAt", "ignore", "reason"];

    /// <summary>The front matter exactly as written, both <c>---</c> lines and the line break after the closing one included.</summary>
    public string Raw { get; init; } = string.Empty;

    /// <summary>How many lines the block takes in the file (the post starts on the next line).</summary>
    public int LineCount { get; init; }

    /// <summary>The platform the draft is for (<c>platform:</c>), or null when the block does not say.</summary>
    public Platform? Platform { get; init; }

    /// <summary>Whether the draft is sponsored and needs a disclosure (<c>sponsored:</c>), or null when the block does not say.</summary>
    public bool? Sponsored { get; init; }

    /// <summary>When the draft is to be posted (<c>createdAt:</c>, for the posting-hours rules), or null when the block does not say.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The rules turned off for this draft, with the reason given for each.</summary>
    public ImmutableArray<IgnoredRule> Ignore { get; init; } = [];

    /// <summary>True when the block sets something that changes the configuration (platform, sponsored, ignore).</summary>
    public bool HasSettings => Platform is not null || Sponsored is not null || !Ignore.IsEmpty;

    /// <summary>
    /// What the block sets as a configuration layer (<see cref="ConfigurationPlan.For"/> puts it
    /// after the overrides and before the command line), or null when it sets nothing.
    /// </summary>
    public ConfigurationLayer? ToLayer(string origin) => HasSettings
        ? new ConfigurationLayer
        {
            Origin = origin,
            Platform = Platform,
            DisclosureRequired = Sponsored,
            Rules = Ignore.ToImmutableDictionary(static r => r.RuleId, static _ => ReportSeverity.None, StringComparer.OrdinalIgnoreCase),
        }
        : null;

    /// <summary>
    /// Splits a draft's text into its front matter block and the post. Returns false (and the whole
    /// text as the post) when the text does not open with a <c>---</c> line. A block that is opened
    /// and never closed, and a block that is not valid, throw <see cref="FrontMatterException"/>
    /// with the file position of every problem.
    /// </summary>
    /// <param name="text">The draft as decoded (without a byte order mark).</param>
    /// <param name="path">The file, for problem positions.</param>
    /// <param name="isKnownRuleId">Which rule ids exist, to check <c>ignore</c>.</param>
    /// <param name="defaultZone">The time zone of a <c>createdAt</c> written without an offset.</param>
    /// <param name="frontMatter">The block read, or null when the text has none.</param>
    /// <param name="body">The post: the text after the block, or the whole text.</param>
    public static bool TryRead(string text, string path, Func<string, bool> isKnownRuleId, TimeZoneInfo defaultZone, out FrontMatter? frontMatter, out string body)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isKnownRuleId);
        ArgumentNullException.ThrowIfNull(defaultZone);
        frontMatter = null;
        body = text;
        var firstEnd = LineEnd(text, 0, out var firstNext);
        if (!IsDelimiter(text.AsSpan(0, firstEnd)) || firstNext == firstEnd)
        {
            return false;
        }

        // The closing line: the next line that is exactly "---" (trailing spaces allowed).
        var lines = 1;
        var position = firstNext;
        while (position < text.Length)
        {
            var end = LineEnd(text, position, out var next);
            lines++;
            if (IsDelimiter(text.AsSpan(position, end - position)))
            {
                var yaml = text[firstNext..position];
                frontMatter = Parse(yaml, path, isKnownRuleId, defaultZone) with { Raw = text[..next], LineCount = lines };
                body = text[next..];
                return true;
            }

            position = next;
        }

        throw new FrontMatterException([new ConfigurationProblem(LocalizedMessage.Of("frontMatter.unclosed"), path, 1, 1)]);
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line) => line.TrimEnd(" \t").SequenceEqual("---");

    // The end of the line starting at start (before its line break) and where the next line starts.
    private static int LineEnd(string text, int start, out int next)
    {
        var newline = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (newline < 0)
        {
            next = text.Length;
            return text.Length;
        }

        var end = start + newline;
        next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        return end;
    }

    private static FrontMatter Parse(string yaml, string path, Func<string, bool> isKnownRuleId, TimeZoneInfo defaultZone)
    {
        var problems = new List<ConfigurationProblem>();
        var result = new FrontMatter();
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (stream.Documents.Count > 1)
            {
                problems.Add(Problem(path, stream.Documents[1].RootNode.Start, LocalizedMessage.Of("frontMatter.twoDocuments")));
            }
        }
        catch (YamlException e)
        {
            throw new FrontMatterException([Problem(path, e.Start, LocalizedMessage.Of("frontMatter.invalidYaml", Describe(e)))]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up on some unclosed flow collections ("sponsored: [yes")
            // with this instead of a YamlException and no position: the block's first line is named.
            throw new FrontMatterException([new ConfigurationProblem(LocalizedMessage.Of("frontMatter.invalidYaml", LocalizedMessage.Of("frontMatter.yaml.unclosed")), path, 2, 1)]);
        }

        if (root is null || root is YamlScalarNode { Value: null or "" })
        {
            return result;
        }

        if (root is not YamlMappingNode mapping)
        {
            throw new FrontMatterException([Problem(path, root.Start, LocalizedMessage.Of("frontMatter.notMapping", string.Join(", ", Keys)))]);
        }

        var ignoreEntries = new List<(string RuleId, string? Reason, YamlNode Node)>();
        string? blockReason = null;
        YamlNode? reasonNode = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!seen.Add(key))
            {
                problems.Add(Problem(path, keyNode.Start, LocalizedMessage.Of("frontMatter.duplicateKey", key)));
                continue;
            }

            switch (key)
            {
                case "platform":
                    if (Scalar(value, key, path, problems) is { } name)
                    {
                        if (PlatformLimits.TryParsePlatform(name, out var platform))
                        {
                            result = result with { Platform = platform };
                        }
                        else
                        {
                            problems.Add(Problem(path, value.Start, LocalizedMessage.Of("frontMatter.unknownPlatform", name, string.Join(", ", PlatformLimits.PlatformNames))));
                        }
                    }

                    break;
                case "sponsored":
                    if (Scalar(value, key, path, problems) is { } flag)
                    {
                        if (value is YamlScalarNode { Style: ScalarStyle.Plain } && bool.TryParse(flag, out var sponsored))
                        {
                            result = result with { Sponsored = sponsored };
                        }
                        else
                        {
                            problems.Add(Problem(path, value.Start, LocalizedMessage.Of("frontMatter.badSponsored", flag)));
                        }
                    }

                    break;
                case "createdAt":
                    if (Scalar(value, key, path, problems) is { } time)
                    {
                        if (Timestamps.TryParseIso(time, defaultZone, out var createdAt))
                        {
                            result = result with { CreatedAt = createdAt };
                        }
                        else
                        {
                            problems.Add(Problem(path, value.Start, LocalizedMessage.Of("frontMatter.badCreatedAt", time)));
                        }
                    }

                    break;
                case "reason":
                    blockReason = Scalar(value, key, path, problems);
                    reasonNode = value;
                    break;
                case "ignore":
                    ReadIgnore(value, path, problems, ignoreEntries);
                    break;
                default:
                    var hint = ConfigurationReader.Closest(key, Keys);
                    problems.Add(Problem(path, keyNode.Start, hint is null ? LocalizedMessage.Of("frontMatter.unknownKey.known", key, string.Join(", ", Keys)) : LocalizedMessage.Of("frontMatter.unknownKey.hint", key, hint)));
                    break;
            }
        }

        var ignored = ImmutableArray.CreateBuilder<IgnoredRule>();
        foreach (var (ruleId, ownReason, node) in ignoreEntries)
        {
            var id = ruleId.Trim().ToUpperInvariant();
            if (!isKnownRuleId(id))
            {
                problems.Add(Problem(path, node.Start, LocalizedMessage.Of("frontMatter.ignore.unknownRule", ruleId)));
                continue;
            }

            var reason = string.IsNullOrWhiteSpace(ownReason) ? blockReason : ownReason;
            if (string.IsNullOrWhiteSpace(reason))
            {
                problems.Add(Problem(path, node.Start, LocalizedMessage.Of("frontMatter.ignore.noReason", id)));
                continue;
            }

            ignored.Add(new IgnoredRule(id, reason.Trim()));
        }

        if (reasonNode is not null && ignoreEntries.Count == 0)
        {
            problems.Add(Problem(path, reasonNode.Start, LocalizedMessage.Of("frontMatter.reasonWithoutIgnore")));
        }

        if (problems.Count > 0)
        {
            throw new FrontMatterException(problems);
        }

        return result with { Ignore = ignored.ToImmutable() };
    }

    private static void ReadIgnore(YamlNode value, string path, List<ConfigurationProblem> problems, List<(string, string?, YamlNode)> entries)
    {
        // ignore: PL2001 is taken as a list of one.
        if (value is YamlScalarNode { Value: { Length: > 0 } single })
        {
            entries.Add((single, null, value));
            return;
        }

        if (value is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(path, value.Start, LocalizedMessage.Of("frontMatter.ignore.notList")));
            return;
        }

        foreach (var item in sequence.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } id }:
                    entries.Add((id, null, item));
                    break;
                case YamlMappingNode entry:
                    string? rule = null;
                    string? reason = null;
                    foreach (var (keyNode, entryValue) in entry.Children)
                    {
                        var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                        if (key == "rule")
                        {
                            rule = Scalar(entryValue, "rule", path, problems);
                        }
                        else if (key == "reason")
                        {
                            reason = Scalar(entryValue, "reason", path, problems);
                        }
                        else
                        {
                            problems.Add(Problem(path, keyNode.Start, LocalizedMessage.Of("frontMatter.ignore.unknownKey", key)));
                        }
                    }

                    if (rule is null)
                    {
                        problems.Add(Problem(path, item.Start, LocalizedMessage.Of("frontMatter.ignore.noRule")));
                    }
                    else
                    {
                        entries.Add((rule, reason, item));
                    }

                    break;
                default:
                    problems.Add(Problem(path, item.Start, LocalizedMessage.Of("frontMatter.ignore.badItem")));
                    break;
            }
        }
    }

    private static string? Scalar(YamlNode value, string key, string path, List<ConfigurationProblem> problems)
    {
        if (value is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value))
        {
            return scalar.Value;
        }

        problems.Add(Problem(path, value.Start, value is YamlScalarNode ? LocalizedMessage.Of("frontMatter.noValue", key) : LocalizedMessage.Of("frontMatter.notScalar", key)));
        return null;
    }

    // The YAML starts on the file's second line (the first is "---"); YamlDotNet counts lines and columns from 1.
    private static ConfigurationProblem Problem(string path, Mark mark, LocalizedMessage message) =>
        new(message, path, (int)mark.Line + 1, (int)Math.Max(mark.Column, 1));

    // YamlDotNet's messages start with the position, which the problem already has.
    private static LocalizedMessage Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            return LocalizedMessage.Of("frontMatter.yamlDuplicateKey");
        }

        // The reasons a hand-written block meets most, in the display language; others verbatim.
        if (message.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase) || message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return LocalizedMessage.Of("frontMatter.yaml.mappingNotAllowed");
        }

        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return LocalizedMessage.Of("frontMatter.yaml.unclosedQuote");
        }

        if (message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase))
        {
            return LocalizedMessage.Of("frontMatter.yaml.unclosed");
        }

        if (message.Contains("cannot start any token", StringComparison.OrdinalIgnoreCase))
        {
            return LocalizedMessage.Of("frontMatter.yaml.badCharacter");
        }

        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return LocalizedMessage.Verbatim(message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message);
    }
}

/// <summary>A rule a draft's front matter turns off, and why.</summary>
/// <param name="RuleId">The rule turned off.</param>
/// <param name="Reason">Why, as the front matter gives it.</param>
public sealed record IgnoredRule(string RuleId, string Reason);

/// <summary>A draft's front matter cannot be used: every problem, each with its line and column in the file (PL0002).</summary>
public sealed class FrontMatterException : Exception
{
    /// <summary>The problems of one front matter block, each with its position.</summary>
    public FrontMatterException(IReadOnlyList<ConfigurationProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>An exception without problems.</summary>
    public FrontMatterException()
        : this([])
    {
    }

    /// <summary>One problem without a position.</summary>
    public FrontMatterException(string message)
        : this([new ConfigurationProblem(message)])
    {
    }

    /// <summary>One problem without a position, with its cause.</summary>
    public FrontMatterException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ConfigurationProblem(message)];
    }

    /// <summary>Every problem of the block, in file order.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }
}
