using System.Reflection;
using System.Runtime.Loader;

namespace PostLint.Core.Tests.Syntax;

/// <summary>
/// What the lexer reads only when a post needs it (docs/cold-start.md): the recommended emoji
/// sequences (113 KB of data) are read at the first flag, tag or ZWJ sequence, not for a post
/// without one. Each case loads PostLint.Core into an assembly load context of its own, so that its
/// static tables start unread whatever other tests of this process have lexed.
/// </summary>
public sealed class LazyDataTests
{
    [Theory]
    [InlineData("今日は晴れです", 0)]
    [InlineData("#PR #石巻市 牡蠣🦪 https://example.jp/ @city ﾃﾞｰﾀ", 0)]
    [InlineData("家族👨\u200D👩\u200D👧で", 1)]
    [InlineData("日本🇯🇵", 1)]
    public void The_emoji_sequences_are_read_only_for_a_post_that_may_hold_one(string text, int expectedLoads)
    {
        var context = new AssemblyLoadContext("lazy-data", isCollectible: true);
        try
        {
            var core = context.LoadFromAssemblyPath(typeof(PostLint.Syntax.PostSyntax).Assembly.Location);
            var parse = core.GetType("PostLint.Syntax.PostSyntax", throwOnError: true)!
                .GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)])!;
            Assert.NotNull(parse.Invoke(null, [text]));

            var loads = core.GetType("PostLint.Syntax.EmojiMatcher", throwOnError: true)!
                .GetProperty("SequenceLoads", BindingFlags.NonPublic | BindingFlags.Static)!;
            Assert.Equal(expectedLoads, (int)loads.GetValue(null)!);
        }
        finally
        {
            context.Unload();
        }
    }
}
