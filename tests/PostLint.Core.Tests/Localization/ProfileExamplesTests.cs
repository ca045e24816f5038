using System.Text.Json;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Reporting;

namespace PostLint.Core.Tests.Localization;

/// <summary>Rule descriptions show the active profile's source tag, not 石巻市's, in every report.</summary>
public sealed class ProfileExamplesTests
{
    private static readonly AnalyzerOptions Joetsu = new() { SourceTags = ["上越市"], SourceTagVariants = ["上越", "じょうえつ", "Joetsu"] };

    [Theory]
    [InlineData("The source tag (#石巻市) comes after #PR.", "The source tag (#上越市) comes after #PR.")]
    [InlineData("#石巻市PR or #PR石巻市 is one tag; 石巻市#PR is glued.", "#上越市PR or #PR上越市 is one tag; 上越市#PR is glued.")]
    [InlineData("a variant (#石巻, #いしのまき, #Ishinomaki)", "a variant (#上越, #じょうえつ, #Joetsu)")]
    [InlineData("「#石巻」「#いしのまき」のような別表記", "「#上越」「#じょうえつ」のような別表記")]
    [InlineData("A post longer than the platform allows.", "A post longer than the platform allows.")]
    [InlineData("#石巻市 as 石巻市ガイドライン 5(1)ア asks", "#上越市 as 石巻市ガイドライン 5(1)ア asks")]
    public void Examples_name_the_profiles_own_tags(string text, string expected) =>
        Assert.Equal(expected, ProfileExamples.ForProfile(text, Joetsu));

    [Fact]
    public void Ishinomaki_keeps_its_examples_and_a_configuration_without_a_source_gets_a_placeholder()
    {
        const string text = "the source tag (#石巻市)";
        Assert.Equal(text, ProfileExamples.ForProfile(text, new AnalyzerOptions { SourceTags = ["石巻市"] }));
        Assert.Equal("the source tag (#〇〇市)", ProfileExamples.ForProfile(text, new AnalyzerOptions()));
    }

    [Fact]
    public void Sarif_full_descriptions_follow_the_profile()
    {
        var rule = new DiagnosticDescriptor("TS0100", "Source first", "m", DiagnosticCategory.Disclosure, DiagnosticSeverity.Error, isEnabledByDefault: true, description: "The disclosure tag comes before the source tag (#石巻市).");
        using var stream = new MemoryStream();
        using (var writer = new SarifReportWriter(stream, leaveOpen: true))
        {
            writer.WriteHeader(new ReportRun([rule], Joetsu));
            writer.WriteSummary(new ReportSummary());
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        var described = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("The disclosure tag comes before the source tag (#上越市).", described.GetProperty("fullDescription").GetProperty("text").GetString());
    }
}
