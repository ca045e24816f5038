using System.Diagnostics;
using PostLint.Configuration;
using PostLint.Input;
using PostLint.Lexicons;
using PostLint.Localization;
using PostLint.Morphology;
using PostLint.Spelling;
using PostLint.IO;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

/// <summary>
/// Configuration, extended files, lexicons, drafts and dictionaries are read only when they are
/// regular files within their size limit, checked before the file is opened: a named pipe would
/// block the run in <c>open</c> and <c>/dev/zero</c> would fill the memory. Every test runs the
/// read on a worker with a deadline, so a regression fails instead of hanging the test run.
/// Oversized files are sparse (their length is set, no data written), so they cost no disk.
/// </summary>
public sealed class FileLimitTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static bool HasFifos => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Runs <paramref name="work"/> on a worker and fails the test if it is not done by the deadline.</summary>
    private static async Task<T> Bounded<T>(Func<T> work)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            return await task.WaitAsync(Deadline);
        }
        catch (TimeoutException)
        {
            Assert.Fail("the read blocked: it opened a named pipe or read an endless device");
            throw;
        }
    }

    private string Fifo(string relative)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private string Sparse(string relative, long length)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = File.Create(path);
        stream.SetLength(length);
        return path;
    }

    private string LinkToDevZero(string relative)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, "/dev/zero");
        return path;
    }

    private static ConfigurationResolver Resolver() => new([new EmptyRecommended()], []);

    /// <summary>The default profile, empty: the only problems left are those of the files under test.</summary>
    private sealed class EmptyRecommended : IProfileProvider
    {
        public IEnumerable<string> ProfileNames => [ConfigurationResolver.DefaultProfile];

        public bool TryGetProfile(string name, out ReadOnlyMemory<byte> utf8Json)
        {
            utf8Json = "{}"u8.ToArray();
            return name == ConfigurationResolver.DefaultProfile;
        }
    }

    private static IReadOnlyList<ConfigurationProblem> ResolveProblems(string path)
    {
        Resolver().ResolveFile(path, new ConfigurationOverrides(), out var problems);
        return problems;
    }

    [SkippableFact]
    public async Task A_configuration_file_that_is_a_named_pipe_is_pl0002_without_opening_it()
    {
        Skip.IfNot(HasFifos);
        var fifo = Fifo("postlint.json");
        var problems = await Bounded(() => ResolveProblems(fifo));
        var problem = Assert.Single(problems, static p => p.Message.Contains("名前付きパイプ（FIFO）", StringComparison.Ordinal));
        Assert.Equal(fifo, problem.Path);
        Assert.Contains(fifo, problem.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_configuration_file_that_is_dev_zero_is_pl0002_without_reading_it()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        var zero = LinkToDevZero("postlint.json");
        var problems = await Bounded(() => ResolveProblems(zero));
        Assert.Contains(problems, static p => p.Message.Contains("キャラクターデバイス", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_configuration_file_over_1_mb_is_pl0002_naming_its_size()
    {
        var big = Sparse("postlint.json", (2 * 1024 * 1024) + 5);
        var problems = await Bounded(() => ResolveProblems(big));
        var problem = Assert.Single(problems);
        Assert.Equal(big, problem.Path);
        Assert.Contains("2,097,157 bytes (2.0 MB)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("上限の 1,048,576 bytes (1.0 MB) を超える", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_file_of_exactly_1_mb_is_read()
    {
        // The limit is inclusive: spaces pad a valid object to exactly 1 MB.
        var json = "{}" + new string(' ', (int)BoundedFile.MaxConfigurationBytes - 2);
        var path = _folder.Write("postlint.json", json);
        var problems = await Bounded(() => ResolveProblems(path));
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task Extends_naming_a_named_pipe_or_dev_zero_is_pl0002_at_the_extends_entry()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        var fifo = Fifo("base/pipe.json");
        var config = _folder.Write("postlint.json", $$"""
            {
              "extends": ["{{fifo}}",
                          "/dev/zero"]
            }
            """);
        var problems = await Bounded(() => ResolveProblems(config));
        var pipe = Assert.Single(problems, static p => p.Message.Contains("名前付きパイプ", StringComparison.Ordinal));
        Assert.Equal((config, 2, 15), (pipe.Path, pipe.Line, pipe.Column));
        Assert.Contains(fifo, pipe.Message, StringComparison.Ordinal);
        var device = Assert.Single(problems, static p => p.Message.Contains("キャラクターデバイス", StringComparison.Ordinal));
        Assert.Equal((config, 3, 15), (device.Path, device.Line, device.Column));
        Assert.Contains("/dev/zero", device.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extends_naming_a_file_over_1_mb_is_pl0002()
    {
        Sparse("huge.json", 3 * 1024 * 1024);
        var config = _folder.Write("postlint.json", """{ "extends": "./huge.json" }""");
        var problems = await Bounded(() => ResolveProblems(config));
        var problem = Assert.Single(problems);
        Assert.Equal(config, problem.Path);
        Assert.Contains("3,145,728 bytes (3.0 MB)", problem.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_lexicon_that_is_a_named_pipe_dev_zero_or_over_1_mb_is_refused_by_the_reader()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        foreach (var path in new[] { Fifo("terms.tsv"), LinkToDevZero("zero.tsv"), Sparse("big.tsv", (1024 * 1024) + 1) })
        {
            var problems = new List<ConfigurationProblem>();
            var lexicon = await Bounded(() => LexiconReader.ReadFile(path, problems));
            Assert.Null(lexicon);
            var problem = Assert.Single(problems);
            Assert.Equal(path, problem.Path);
            Assert.Contains("語彙ファイル", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_configured_lexicon_over_1_mb_is_pl0002_before_it_is_read()
    {
        Sparse("terms.tsv", 5 * 1024 * 1024);
        var config = _folder.Write("postlint.json", """{ "lexicons": ["./terms.tsv"] }""");
        var problems = await Bounded(() => ResolveProblems(config));
        var problem = Assert.Single(problems);
        Assert.Equal(config, problem.Path);
        Assert.Contains("5,242,880 bytes (5.0 MB)", problem.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_hunspell_dic_or_aff_that_is_a_named_pipe_or_dev_zero_is_refused_at_once()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        var aff = _folder.Write("en_US.aff", "SET UTF-8\n");
        var pipe = Fifo("pipe.dic");
        var zero = LinkToDevZero("zero.dic");
        var pipeAff = Fifo("pipe.aff");
        var dic = _folder.Write("en_US.dic", "1\nword\n");

        var e1 = await Bounded(() => Record.Exception(() => HunspellDictionary.Load(aff, pipe)));
        Assert.Contains("Hunspell の .dic ファイル " + pipe + " は名前付きパイプ（FIFO）です", Assert.IsType<FileRefusedException>(e1).Message, StringComparison.Ordinal);
        var e2 = await Bounded(() => Record.Exception(() => HunspellDictionary.Load(aff, zero)));
        Assert.Equal(FileKind.CharacterDevice, Assert.IsType<FileRefusedException>(e2).Kind);
        var e3 = await Bounded(() => Record.Exception(() => HunspellDictionary.Load(pipeAff, dic)));
        Assert.Contains(".aff", Assert.IsType<FileRefusedException>(e3).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hunspell_dic_over_the_limit_is_refused_from_its_size_unread()
    {
        var aff = _folder.Write("en_US.aff", "SET UTF-8\n");
        var dic = Sparse("en_US.dic", BoundedFile.MaxSpellingDictionaryBytes + 1);
        var e = await Bounded(() => Record.Exception(() => HunspellDictionary.Load(aff, dic)));
        var refused = Assert.IsType<FileRefusedException>(e);
        Assert.Equal(BoundedFile.MaxSpellingDictionaryBytes + 1, refused.Length);
        Assert.Contains(dic, refused.Message, StringComparison.Ordinal);
    }

    private static readonly string[] MecabFileNames =
    [
        MecabDictionary.SystemDictionaryFileName,
        MecabDictionary.UnknownDictionaryFileName,
        MecabDictionary.MatrixFileName,
        MecabDictionary.CharPropertyFileName,
    ];

    public static TheoryData<string> MecabFiles() => new(MecabFileNames);

    [SkippableTheory, MemberData(nameof(MecabFiles))]
    public async Task A_mecab_dictionary_file_that_is_a_named_pipe_is_refused_naming_it(string name)
    {
        Skip.IfNot(HasFifos);
        var dicdir = MecabFolderWith(name, Fifo);
        var e = await Bounded(() => Record.Exception(() => MecabDictionary.Open(dicdir)));
        var refused = Assert.IsType<MecabDictionaryException>(e);
        Assert.Equal(Path.Combine(dicdir, name), refused.FilePath);
        Assert.Contains("名前付きパイプ（FIFO）", refused.Message, StringComparison.Ordinal);
    }

    [SkippableTheory, MemberData(nameof(MecabFiles))]
    public async Task A_mecab_dictionary_file_that_is_dev_zero_is_refused_naming_it(string name)
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        var dicdir = MecabFolderWith(name, LinkToDevZero);
        var e = await Bounded(() => Record.Exception(() => MecabDictionary.Open(dicdir)));
        var refused = Assert.IsType<MecabDictionaryException>(e);
        Assert.Equal(Path.Combine(dicdir, name), refused.FilePath);
        Assert.Contains("キャラクターデバイス", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mecab_sys_dic_over_the_limit_is_refused_from_its_size()
    {
        var dicdir = MecabFolderWith(MecabDictionary.SystemDictionaryFileName, relative => Sparse(relative, BoundedFile.MaxMorphologyDictionaryBytes + 1));
        var e = await Bounded(() => Record.Exception(() => MecabDictionary.Open(dicdir)));
        var refused = Assert.IsType<MecabDictionaryException>(e);
        Assert.Contains("上限の 805,306,368 bytes (768.0 MB) を超える", refused.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_dicrc_that_is_a_named_pipe_or_dev_zero_is_refused_naming_it()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists(Path.Combine(PostLint.Tests.MecabInstallation.IpadicDirectory, "sys.dic")), PostLint.Tests.MecabInstallation.NotInstalledMessage);
        foreach (var make in new Func<string, string>[] { Fifo, LinkToDevZero })
        {
            // The dictionary files are links to IPADIC's, so only dicrc is hostile.
            var dicdir = Path.Combine(_folder.Path, "dic-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dicdir);
            foreach (var file in MecabFileNames)
            {
                File.CreateSymbolicLink(Path.Combine(dicdir, file), Path.Combine(PostLint.Tests.MecabInstallation.IpadicDirectory, file));
            }

            make(Path.Combine(Path.GetFileName(dicdir), MecabDictionary.DicrcFileName));
            var e = await Bounded(() => Record.Exception(() => MecabDictionary.Open(dicdir)));
            var refused = Assert.IsType<MecabDictionaryException>(e);
            Assert.Equal(Path.Combine(dicdir, MecabDictionary.DicrcFileName), refused.FilePath);
            Assert.Contains("MeCab の設定ファイル", refused.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>A dicdir whose <paramref name="name"/> is made by <paramref name="make"/>; the other files are empty regular files.</summary>
    private string MecabFolderWith(string name, Func<string, string> make)
    {
        var dicdir = "dic-" + Guid.NewGuid().ToString("N");
        foreach (var file in MecabFileNames)
        {
            if (file == name)
            {
                make(Path.Combine(dicdir, file));
            }
            else
            {
                _folder.Write(Path.Combine(dicdir, file), []);
            }
        }

        return Path.Combine(_folder.Path, dicdir);
    }

    [Fact]
    public async Task A_text_post_over_16_mb_in_a_folder_is_one_pl0001_unread_and_the_rest_is_read()
    {
        _folder.Write("posts/a.txt", "前の投稿");
        Sparse("posts/b.txt", InputLimits.MaxRecordBytes + 1L);
        _folder.Write("posts/c.txt", "後の投稿");
        var records = await Bounded(() => TextPostReader.Read(Path.Combine(_folder.Path, "posts")).ToList());
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Rejected, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.Contains("16,777,217 bytes (16.0 MB), more than the 16 MB a record may have", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal("後の投稿", records[2].Post!.Text);
    }

    [SkippableFact]
    public async Task A_draft_that_is_a_named_pipe_is_refused_unopened()
    {
        Skip.IfNot(HasFifos);
        var fifo = Fifo("draft.txt");
        var e = await Bounded(() => Record.Exception(() => DraftFile.Read(fifo)));
        Assert.Equal(FileKind.Fifo, Assert.IsType<FileRefusedException>(e).Kind);
    }

    [Fact]
    public void A_file_that_grows_past_the_limit_while_it_is_read_is_refused()
    {
        // BoundedFile reads at most limit + 1 bytes whatever length the file had when measured.
        var path = _folder.Write("grows.json", new byte[100]);
        var bytes = BoundedFile.ReadAllBytes(path, 100, "設定ファイル");
        Assert.Equal(100, bytes.Length);
        File.AppendAllText(path, "x");
        Assert.Throws<FileRefusedException>(() => BoundedFile.ReadAllBytes(path, 100, "設定ファイル"));
    }
}
