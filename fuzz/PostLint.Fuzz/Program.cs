using SharpFuzz;

namespace PostLint.Fuzz;

/// <summary>
/// <c>PostLint.Fuzz TARGET</c> under libFuzzer (started by fuzz/driver, which sets the
/// <c>__LIBFUZZER_*</c> variables) or AFL++ (<c>__AFL_SHM_ID</c>) fuzzes one target;
/// <c>PostLint.Fuzz TARGET --replay FILE…</c> runs saved inputs (a crash, the corpus) once each
/// and says which fail, without a fuzzer.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: PostLint.Fuzz TARGET [--replay FILE...]; targets: {string.Join(", ", Targets.All.Keys.Order(StringComparer.Ordinal))}");
            return 2;
        }

        if (args.Length > 1 && args[1] == "--replay")
        {
            return Replay(target, args[2..]);
        }

        if (Environment.GetEnvironmentVariable("__LIBFUZZER_SHM_ID") is not null)
        {
            Fuzzer.LibFuzzer.Run(input => target(input));
            return 0;
        }

        if (Environment.GetEnvironmentVariable("__AFL_SHM_ID") is not null)
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        }

        Console.Error.WriteLine("not under a fuzzer: run it with scripts/fuzz.sh, or give --replay FILE...");
        return 2;
    }

    private static int Replay(Targets.Target target, string[] files)
    {
        var failed = 0;
        foreach (var file in files.SelectMany(static f => Directory.Exists(f) ? Directory.GetFiles(f).Order(StringComparer.Ordinal) : (IEnumerable<string>)[f]))
        {
            try
            {
                target(File.ReadAllBytes(file));
                Console.WriteLine($"ok    {file}");
            }
            catch (Exception e)
            {
                failed++;
                Console.WriteLine($"FAIL  {file}: {e.GetType().Name}: {e.Message}");
                Console.Error.WriteLine(e);
            }
        }

        Console.WriteLine($"{files.Length} input(s), {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
