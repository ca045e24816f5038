using PostLint.Localization;

namespace PostLint.Input;

/// <summary>
/// Keeps a failing reader from ending an audit. Readers turn a bad record into a rejection and go
/// on (they can find the next record); this is the net under them for what they did not foresee:
/// when reading throws, the records already read have gone through, one PL0001 rejection says
/// where the file stopped being read and why, and the audit goes on with the next source. A
/// reader that has thrown cannot be resumed, so that rejection stands for the rest of its file.
/// Cancellation is not a failure and goes on up.
/// </summary>
internal static class RecordGuard
{
    public static IEnumerable<InputRecord> Guard(IEnumerable<InputRecord> records, string path)
    {
        ArgumentNullException.ThrowIfNull(records);
        return Guard(() => records, path);
    }

    /// <summary>Guards the records of a source that is opened (and may fail) only when they are first asked for.</summary>
    public static IEnumerable<InputRecord> Guard(Func<IEnumerable<InputRecord>> open, string path)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(path);
        return GuardIterator(open, path);
    }

    private static IEnumerable<InputRecord> GuardIterator(Func<IEnumerable<InputRecord>> open, string path)
    {
        IEnumerator<InputRecord>? enumerator = null;
        InputRecord? last = null;
        try
        {
            while (true)
            {
                InputRecord? failure = null;
                var more = false;
                try
                {
                    enumerator ??= open().GetEnumerator();
                    more = enumerator.MoveNext();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failure = RestNotRead(last, path, e);
                }

                if (failure is not null)
                {
                    yield return failure;
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                last = enumerator!.Current;
                yield return last;
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }

    /// <summary>The rejection that stands for the part of a file a failing reader did not read.</summary>
    public static InputRecord RestNotRead(InputRecord? last, string path, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var after = last is null
            ? LocalizedMessage.Of("input.rest.nothingRead")
            : LocalizedMessage.Of("input.rest.readUpTo", last.RecordNumber, last.Line);
        return InputRecord.Reject(
            last?.Path ?? path,
            last?.Line ?? 1,
            (last?.RecordNumber ?? 0) + 1,
            LocalizedMessage.Of("input.rest.notRead", after, error is RecordFieldException field ? field.Reason : error.Message));
    }
}
