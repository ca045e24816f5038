using System.Text;
using PostLint.Analysis;
using PostLint.Core.Tests.Analysis;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Model;
using PostLint.Morphology;

namespace PostLint.Core.Tests.Input;

public sealed class FrontMatterTests
{
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

    private static bool Known(string id) => id is "PL2001" or "PL5001" or "TS0001";

    private static DraftFile Read(string text) =>
        DraftFile.FromBytes(Encoding.UTF8.GetBytes(text), "draft.txt", "draft.txt").WithFrontMatter(Known, Tokyo);

    [Fact]
    public void The_block_is_read_and_stripped_and_the_post_starts_after_it()
    {
        var draft = Read("---\nplatform: instagram\nsponsored: true\ncreatedAt: 2026-04-01T09:00:00\nignore:\n  - rule: pl2001\n    reason: 予約ページは事業者のサイトのみ\n---\n石巻市の牡蠣まつり\n");
        var frontMatter = Assert.IsType<FrontMatter>(draft.FrontMatter);
        Assert.Equal(Platform.Instagram, frontMatter.Platform);
        Assert.True(frontMatter.Sponsored);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(9)), draft.Post.CreatedAt);
        var ignored = Assert.Single(frontMatter.Ignore);
        Assert.Equal(new IgnoredRule("PL2001", "予約ページは事業者のサイトのみ"), ignored);
        Assert.Equal("石巻市の牡蠣まつり", draft.Post.Text);
        Assert.Equal(8, frontMatter.LineCount);

        var layer = frontMatter.ToLayer("front matter")!;
        Assert.Equal(Platform.Instagram, layer.Platform);
        Assert.True(layer.DisclosureRequired);
        Assert.Equal(ReportSeverity.None, layer.Rules["PL2001"]);
    }

    [Fact]
    public void Bare_ids_take_the_reason_of_the_block_and_without_one_they_are_an_error()
    {
        var draft = Read("---\nignore: [PL2001, PL5001]\nreason: 広報課の確認済み\n---\n本文");
        Assert.Equal(["PL2001", "PL5001"], draft.FrontMatter!.Ignore.Select(static r => r.RuleId));
        Assert.All(draft.FrontMatter.Ignore, static r => Assert.Equal("広報課の確認済み", r.Reason));

        var error = Assert.Throws<FrontMatterException>(() => Read("---\nignore: [PL2001]\n---\n本文"));
        var problem = Assert.Single(error.Problems);
        Assert.Equal((2, 10), (problem.Line, problem.Column));
        Assert.Contains("理由", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_block_is_left_as_it_is()
    {
        var draft = Read("石巻市の牡蠣まつり\n---\nplatform: x\n---\n");
        Assert.Null(draft.FrontMatter);
        Assert.Equal("石巻市の牡蠣まつり\n---\nplatform: x\n---", draft.Post.Text);
        Assert.Null(Read("---").FrontMatter);
    }

    [Theory]
    [InlineData("---\nsponsord: true\n---\n本文", 2, 1, "`sponsored` のことですか")]
    [InlineData("---\nsponsored: yes\n---\n本文", 2, 12, "true か false")]
    [InlineData("---\nsponsored: \"true\"\n---\n本文", 2, 12, "true か false")]
    [InlineData("---\nplatform: [x, line]\n---\n本文", 2, 11, "値を 1 つ")]
    [InlineData("---\nplatform: mastodon\n---\n本文", 2, 11, "知らない媒体")]
    [InlineData("---\ncreatedAt: 来週\n---\n本文", 2, 12, "日時として読めません")]
    [InlineData("---\nignore: [PL9999]\nreason: x\n---\n本文", 2, 10, "ルール ID ではありません")]
    [InlineData("---\nreason: なぜなら\n---\n本文", 2, 9, "ignore と一緒に")]
    [InlineData("---\nplatform: x\nsponsored: true\n本文\n", 1, 1, "閉じられていません")]
    [InlineData("---\nplatform: x\n  sponsored: true\n---\n本文", 3, 12, "YAML を読めません: ここに「キー: 値」は書けません")]
    [InlineData("---\nsponsored: [yes\nplatform: x\n---\n本文", 2, 1, "YAML を読めません: かっこが閉じられていません")]
    [InlineData("---\nreason: \"確認済み\nignore: [PL2001]\n---\n本文", 2, 9, "YAML を読めません: 引用符が閉じられていません")]
    [InlineData("---\n- platform\n---\n本文", 2, 1, "「キー: 値」")]
    [InlineData("---\r\nplatform: x\r\nplatform: line\r\n---\r\n本文", 3, 1, "2 回")]
    public void A_malformed_block_is_an_error_at_its_line_and_column_in_the_file(string text, int line, int column, string message)
    {
        var error = Assert.Throws<FrontMatterException>(() => Read(text));
        var problem = error.Problems[0];
        Assert.Equal("draft.txt", problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Findings_are_moved_to_their_positions_in_the_file()
    {
        var draft = Read("---\nplatform: x\nsponsored: true\n---\n牡蠣\n#bad です\n");
        var engine = new PostAnalysisEngine([new BadTagAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        var found = Assert.Single(engine.Analyze(draft.Post));
        Assert.Equal(3, found.Span.Start);
        var moved = Assert.Single(draft.ToFilePositions([found]));
        var report = draft.ForReport(draft.Post.Text);
        Assert.Equal("#bad", report.Text.Substring(moved.Span.Start, moved.Span.Length));
        Assert.Equal(moved.Span, moved.Fixes[0].Edits[0].Span);
        var location = PostLint.Reporting.ReportLocation.Compute(report, moved);
        Assert.Equal((6, 1), (location.Line, location.Column));
    }

    [Fact]
    public void A_fixed_draft_is_written_with_its_front_matter_byte_for_byte()
    {
        var original = "\uFEFF---\r\nsponsored: true   \r\n# 広報課メモ\r\n---\r\n本文\r\n";
        var bytes = Encoding.UTF8.GetBytes(original);
        var draft = DraftFile.FromBytes(bytes, "draft.txt", "draft.txt").WithFrontMatter(Known, Tokyo);
        Assert.Equal("本文", draft.Post.Text);
        Assert.Equal(bytes, draft.ToBytes(draft.Post.Text));
        Assert.Equal(Encoding.UTF8.GetBytes("\uFEFF---\r\nsponsored: true   \r\n# 広報課メモ\r\n---\r\n#PR 本文\r\n"), draft.ToBytes("#PR 本文"));
    }
}
