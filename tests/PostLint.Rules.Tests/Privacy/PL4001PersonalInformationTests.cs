using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Rules.Privacy;
using PostLint.Rules.Tests.Verification;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Privacy;

public sealed class PL4001PersonalInformationTests
{
    private static readonly PL4001PersonalInformation Analyzer = new();

    private static readonly AnalyzerOptions Ishinomaki = ProfileOptions.For("ishinomaki");

    private static AnalyzerOptions Privacy(bool reportAll = false, params string[] allowed) => RuleVerifier.Options(
        new ConfigurationLayer { Origin = "test" }.WithSection(
            "privacy",
            $$"""{ "allowedEmailDomains": [{{string.Join(", ", allowed.Select(static d => "\"" + d + "\""))}}], "reportAllEmails": {{(reportAll ? "true" : "false")}} }"""));

    private static string Kind(Diagnostic diagnostic) => diagnostic.Properties[PL4001PersonalInformation.KindProperty];

    // --- Mobile numbers ---

    [Theory]
    [InlineData("担当 [|090-1234-5678|] まで")]
    [InlineData("連絡先：[|０９０－１２３４－５６７８|]（佐藤）")]
    [InlineData("担当者直通 [|+81 90-4321-8765|]")]
    [InlineData("担当者直通 [|+81-80-4321-8765|]")]
    [InlineData("質問は [|070 1111 2222|] までショートメールで")]
    [InlineData("連絡先は [|09012345678|] です")]
    [InlineData("携帯 [|(090)1234-5678|] 佐藤")]
    [InlineData("詳しくは担当の携帯（[|080-9876-5432|]）まで")]
    [InlineData("[|０８０　９８７６　５４３２|]へどうぞ")]
    public void Mobile_numbers_are_reported(string markup)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, markup));
        Assert.Equal("mobile", Kind(diagnostic));
    }

    [Theory]
    [InlineData("お問い合わせは市民課（0225-95-1111）まで")]
    [InlineData("観光案内所 電話 025-526-5111（平日8時30分から17時15分）")]
    [InlineData("フリーダイヤル 0120-123-456 で受け付けています")]
    [InlineData("IP電話 050-1234-5678 でも受け付けます")]
    [InlineData("郵便番号 986-8501 宮城県石巻市穂積字沢田")]
    [InlineData("2025-04-01から2026-03-31まで")]
    [InlineData("受付番号 090123456789012 の方")]
    [InlineData("")]
    public void Landlines_and_other_figures_are_not_mobile_numbers(string text) => RuleVerifier.Verify(Analyzer, text);

    // --- マイナンバー ---

    [Theory]
    [InlineData("当選者のマイナンバー [|526018159084|] を確認しました")]
    [InlineData("マイナンバー：[|3016 6131 8600|] の方、手続きが完了しました")]
    [InlineData("個人番号 [|3016-6131-8600|]")]
    [InlineData("個人番号 [|３０１６６１３１８６００|]")]
    [InlineData("番号は[|913909960300|]です")]
    public void My_numbers_with_a_valid_check_digit_are_reported(string markup)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, markup));
        Assert.Equal("myNumber", Kind(diagnostic));
    }

    [Theory]
    [InlineData("受付番号 301661318603 の方は窓口へお越しください")] // check digit should be 0
    [InlineData("令和6年度の一般会計予算は 123456789012 円です")]
    [InlineData("注文番号 1301661318600 を控えてください")] // 13 digits; its last 12 are a valid number
    [InlineData("番号 5260181590841")] // 13 digits; its first 12 are a valid number
    [InlineData("予算 526018159084 円")] // a valid check digit, but an amount
    [InlineData("￥526018159084")]
    [InlineData("製品コード ABC-526018159084")]
    [InlineData("526018159084abc")]
    [InlineData("円周率 3.526018159084")]
    [InlineData("3016 6131 86 00")] // not 4-4-4
    [InlineData("3016-6131 8600")] // two kinds of separator
    public void Other_twelve_digit_figures_are_not_reported(string text) => RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void A_long_run_followed_by_a_space_and_digits_is_two_figures() =>
        RuleVerifier.Verify(Analyzer, "[|526018159084|] [|4111 1111 1111 1111|] 、[|3016 6131 8600|]");

    // --- Payment cards ---

    [Theory]
    [InlineData("お支払いはカード番号 [|4111 1111 1111 1111|] で完了しました")]
    [InlineData("カード [|5500-0055-5555-5559|] の方、決済が完了しています")]
    [InlineData("カード番号[|4111111111111111|]")]
    [InlineData("アメックス [|3782 822463 10005|]")]
    [InlineData("カード [|４１１１　１１１１　１１１１　１１１１|]")]
    public void Card_numbers_passing_luhn_are_reported(string markup)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, markup));
        Assert.Equal("paymentCard", Kind(diagnostic));
    }

    [Theory]
    [InlineData("カード番号 4111 1111 1111 1112")] // Luhn fails
    [InlineData("整理番号 4111111111111112 は抽選に外れました")] // its first 12 digits are a valid マイナンバー, but the run is 16
    [InlineData("市の法人番号は 6367897189798 です")] // a 法人番号 that happens to pass Luhn
    [InlineData("番号 1111 1111 1111 1117")] // passes Luhn, but no card network starts with 1
    [InlineData("4111 1111 1111 1111 1")] // a group of one digit
    [InlineData("4111 1111 1111 111")] // 15 digits in groups that fail Luhn
    public void Figures_that_are_not_card_numbers_are_not_reported(string text) => RuleVerifier.Verify(Analyzer, text);

    // --- E-mail addresses ---

    [Theory]
    [InlineData("申込は [|yamada.taro1980@gmail.com|] まで直接メールしてください")]
    [InlineData("ボランティアの連絡先：[|hanako-suzuki@yahoo.co.jp|]")]
    [InlineData("田中様の連絡先（[|tanaka.k@docomo.ne.jp|]）")]
    [InlineData("[|taro..hanako@ezweb.ne.jp|] まで")]
    [InlineData("[|taro@biz.ezweb.ne.jp|] まで")]
    [InlineData("[|Taro@GMAIL.COM|] まで")]
    [InlineData("[|ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ|] まで")]
    [InlineData("[|writer@icloud.com|] と [|abc@softbank.ne.jp|]")]
    public void Personal_addresses_are_reported(string markup)
    {
        var diagnostics = RuleVerifier.Verify(Analyzer, markup, Ishinomaki);
        Assert.All(diagnostics, d => Assert.Equal("email", Kind(d)));
    }

    [Theory]
    [InlineData("お問い合わせは kouhou@city.ishinomaki.lg.jp まで")]
    [InlineData("kankou@mail.city.ishinomaki.lg.jp まで")] // a subdomain of an allowed domain
    [InlineData("info@ishinomaki-kankou.jp まで")] // an organisation's own domain: not personal
    [InlineData("taro@notgmail.com まで")] // ends with the same letters, another domain
    public void Office_addresses_are_not_reported(string text) => RuleVerifier.Verify(Analyzer, text, Ishinomaki);

    [Fact]
    public void With_reportAllEmails_every_address_outside_the_allowed_domains_is_reported()
    {
        RuleVerifier.Verify(Analyzer, "info@ishinomaki-kankou.jp、kouhou@city.ishinomaki.lg.jp、[|yamada@gmail.com|]", Privacy(false, "city.ishinomaki.lg.jp"));
        RuleVerifier.Verify(Analyzer, "[|info@ishinomaki-kankou.jp|]、kouhou@city.ishinomaki.lg.jp、[|yamada@gmail.com|]", Privacy(true, "city.ishinomaki.lg.jp"));
    }

    [Fact]
    public void An_allowed_domain_is_never_reported_even_when_it_is_a_free_mail_domain() =>
        RuleVerifier.Verify(Analyzer, "ishinomaki.kanko@gmail.com まで", Privacy(true, "gmail.com"));

    [Theory]
    [InlineData("ishinomaki", "kouhou@city.ishinomaki.lg.jp")]
    [InlineData("joetsu", "kouhou@city.joetsu.niigata.jp")]
    [InlineData("mine", "kouhou@city.mine.lg.jp")]
    public void Each_city_profile_allows_its_own_domain(string profile, string address)
    {
        var options = ProfileOptions.For(profile);
        var allowed = options.Get(PrivacyOptions.Section).AllowedEmailDomains;
        Assert.Contains(address[(address.IndexOf('@', StringComparison.Ordinal) + 1)..], allowed);
        RuleVerifier.Verify(Analyzer, $"お問い合わせ {address}", options);
        RuleVerifier.Verify(Analyzer, $"お問い合わせ {address}", Privacy(true, [.. allowed]));
    }

    // --- Severity, message, fix ---

    [Fact]
    public void Identifying_numbers_are_errors_and_contacts_warnings_under_the_profiles()
    {
        const string Markup = "[|090-1234-5678|] [|taro@gmail.com|] [|526018159084|] [|4111 1111 1111 1111|]";
        foreach (var profile in new[] { "ishinomaki", "joetsu", "mine", "recommended" })
        {
            var diagnostics = RuleVerifier.Verify(Analyzer, Markup, ProfileOptions.For(profile));
            Assert.Equal(
                ["mobile:Warning", "email:Warning", "myNumber:Error", "paymentCard:Error"],
                diagnostics.OrderBy(static d => d.Span.Start).Select(d => $"{Kind(d)}:{d.Severity}"));
        }
    }

    [Fact]
    public void Contacts_stay_one_level_below_a_configured_severity()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL4001", ReportSeverity.Warning),
        });
        var diagnostics = RuleVerifier.Verify(Analyzer, "[|090-1234-5678|] [|526018159084|]", options);
        Assert.Equal([DiagnosticSeverity.Info, DiagnosticSeverity.Warning], diagnostics.OrderBy(static d => d.Span.Start).Select(static d => d.Severity));
    }

    [Theory]
    [InlineData("担当 [|090-1234-5678|] まで", "担当 090-****-**** まで")]
    [InlineData("担当 [|+81 90-1234-5678|] まで", "担当 +81 90-****-**** まで")]
    [InlineData("連絡先：[|０９０－１２３４－５６７８|]", "連絡先：０９０－＊＊＊＊－＊＊＊＊")]
    [InlineData("[|(090)1234-5678|]", "(090)****-****")]
    [InlineData("[|taro@gmail.com|] まで", "****@gmail.com まで")]
    [InlineData("番号 [|3016-6131-8600|]", "番号 ****-****-****")]
    [InlineData("番号 [|526018159084|]", "番号 ************")]
    [InlineData("カード [|4111 1111 1111 1111|]", "カード **** **** **** 1111")]
    [InlineData("カード [|5500-0055-5555-5559|]", "カード ****-****-****-5559")]
    public void Display_fix_masks_the_number(string markup, string masked)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, markup, Ishinomaki));
        var fix = RuleVerifier.SingleFix([diagnostic], FixApplicability.Display);
        var (text, _) = Verification.Markup.Parse(markup);
        Assert.Equal(masked, fix.Apply(text));
        var maskedPart = fix.Edits[0].NewText;
        Assert.Contains(maskedPart, fix.Title, StringComparison.Ordinal);

        // The message shows the masked form only: a report must not repeat the personal data.
        var original = text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
        Assert.Contains(maskedPart, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(original, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixes_are_never_applied_by_fix()
    {
        const string Text = "担当 090-1234-5678 まで";
        var engine = new PostAnalysisEngine([Analyzer], Ishinomaki, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Equal(Text, engine.Fix(new Post("p", Text), includeUnsafe: true).FixedText);
    }

    [Theory]
    [InlineData("ishinomaki", "石巻市ガイドライン 3(3)ア、石巻市ガイドライン 4(3)")]
    [InlineData("joetsu", "上越市ガイドライン 5(3)")]
    [InlineData("mine", "美祢市運用方針 第4.4(2)")]
    public void Message_is_japanese_and_names_the_profile_clause(string profile, string clause)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "担当 [|090-1234-5678|] まで", ProfileOptions.For(profile)));
        Assert.Equal($"携帯電話番号（090-****-****）は個人情報です。問い合わせ先には担当課の電話番号を記載してください（{clause}）", diagnostic.Message);
    }

    [Fact]
    public void Clean_municipal_post_allocates_nothing()
    {
        var engine = new PostAnalysisEngine([Analyzer], Ishinomaki, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var post = new Post("p", "【お知らせ】4月1日現在の人口は138,542人です。お問い合わせは市民課（0225-95-1111）、kouhou@city.ishinomaki.lg.jp まで。受付番号 301661318603 #石巻市 https://www.city.ishinomaki.lg.jp/");
        Assert.Empty(engine.Analyze(post));
        for (var i = 0; i < 200; i++)
        {
            engine.Analyze(post);
        }

        // The least of three rounds: an allocation per post shows in every round, a one-off of the
        // runtime (tiered re-compilation on a busy machine) in one at most.
        var least = long.MaxValue;
        for (var round = 0; round < 3 && least > 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 200; i++)
            {
                engine.Analyze(post);
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }

    // --- Check digits and the data file ---

    [Fact]
    public void Every_eleven_digit_prefix_has_exactly_one_my_number_check_digit()
    {
        var random = new Random(4001);
        Span<char> digits = stackalloc char[12];
        for (var sample = 0; sample < 2000; sample++)
        {
            for (var i = 0; i < 11; i++)
            {
                digits[i] = (char)('0' + random.Next(10));
            }

            var valid = 0;
            for (var check = '0'; check <= '9'; check++)
            {
                digits[11] = check;
                valid += PersonalNumbers.IsMyNumber(digits) ? 1 : 0;
            }

            Assert.Equal(1, valid);
        }
    }

    [Theory]
    [InlineData("526018159084", true)]
    [InlineData("301661318600", true)]
    [InlineData("913909960300", true)]
    [InlineData("123456789018", true)] // remainder 3: 11 − 3 = 8
    [InlineData("123456789012", false)]
    [InlineData("301661318603", false)]
    [InlineData("52601815908", false)]
    public void My_number_check_digit_follows_the_official_formula(string digits, bool valid) =>
        Assert.Equal(valid, PersonalNumbers.IsMyNumber(digits));

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("5500005555555559", true)]
    [InlineData("378282246310005", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("1111111111111117", false)] // Luhn-valid, not a card network
    [InlineData("411111111111", false)] // 12 digits
    public void Card_numbers_need_luhn_and_a_card_network(string digits, bool valid) =>
        Assert.Equal(valid, PersonalNumbers.IsPaymentCardNumber(digits));

    [Theory]
    [InlineData("7000012050002", true)] // 国税庁
    [InlineData("6367897189798", true)]
    [InlineData("1234567890123", false)]
    public void Corporate_number_check_digit(string digits, bool valid) => Assert.Equal(valid, PersonalNumbers.IsCorporateNumber(digits));

    [Fact]
    public void Personal_domain_list_has_the_named_providers_and_a_versioned_header()
    {
        var domains = PL4001PersonalInformation.ReadDomainList(PL4001PersonalInformation.PersonalEmailDomainsFile);
        Assert.Equal(domains.Count, domains.Distinct(StringComparer.Ordinal).Count());
        foreach (var domain in new[] { "gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp" })
        {
            Assert.Contains(domain, domains);
            Assert.True(PL4001PersonalInformation.PersonalEmailDomains.Contains(domain));
        }

        var header = System.Text.Encoding.UTF8.GetString(EmbeddedData.ReadBytes(PL4001PersonalInformation.PersonalEmailDomainsFile));
        Assert.Matches(@"(?m)^# Version: \d+", header);
        Assert.Contains("Where the facts come from", header, StringComparison.Ordinal);
        Assert.All(domains, d => Assert.DoesNotContain(d, new[] { "lg.jp", "go.jp" }));
    }
}
