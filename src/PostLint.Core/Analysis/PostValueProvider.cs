using PostLint.Morphemes;
using PostLint.Syntax;
using PostLint.Text;
using PostLint.Model;

namespace PostLint.Analysis;

/// <summary>
/// A value computed from a post once and shared by every rule that asks for it during that post's
/// analysis (the analogue of Roslyn's <c>SourceTextValueProvider</c> with
/// <c>AnalysisContext.TryGetValue</c>). Rules that read the same facts — where the disclosure tags
/// are, which statements the post makes — ask the context with one provider instance and the first
/// one pays for the computation. Keep the provider in a static field, or create it once per engine
/// (in <see cref="PostAnalyzer.Initialize"/>) when it depends on the configuration and share that
/// instance between the rules that need it: values are keyed by the provider instance.
/// </summary>
/// <remarks>
/// Asking allocates nothing beyond the value itself: each analysis thread keeps one slot per
/// provider and reuses it for the next post. The value is dropped when the post's analysis ends,
/// unless the provider reuses its value (the constructor taking the previous value), in which case
/// the value stays with the thread and is handed back to be refilled for the next post — it must
/// then not hold on to the post's text.
/// </remarks>
/// <typeparam name="TValue">The value's type. A struct or a reused buffer costs no allocation per post.</typeparam>
public sealed class PostValueProvider<TValue>
{
    private readonly Func<PostValueContext, TValue>? _compute;
    private readonly Func<PostValueContext, TValue?, TValue>? _refill;

    /// <summary>A provider whose value is computed afresh for each post.</summary>
    public PostValueProvider(Func<PostValueContext, TValue> computeValue)
    {
        ArgumentNullException.ThrowIfNull(computeValue);
        _compute = computeValue;
    }

    /// <summary>
    /// A provider that reuses its value: <paramref name="refillValue"/> receives the value this
    /// thread computed for an earlier post (default for the first post) and returns the value for
    /// this post — typically the same list, cleared and refilled, so that no post allocates.
    /// </summary>
    public PostValueProvider(Func<PostValueContext, TValue?, TValue> refillValue)
    {
        ArgumentNullException.ThrowIfNull(refillValue);
        _refill = refillValue;
    }

    /// <summary>True when the value is kept on the thread and refilled for the next post.</summary>
    public bool ReusesValue => _refill is not null;

    internal TValue Compute(PostValueContext context, TValue? previous) =>
        _refill is not null ? _refill(context, previous) : _compute!(context);
}

/// <summary>What a <see cref="PostValueProvider{TValue}"/> computes its value from: the post being analysed.</summary>
public readonly struct PostValueContext
{
    private readonly PostAnalysisState _state;

    internal PostValueContext(PostAnalysisState state)
    {
        _state = state;
    }

    /// <summary>The post the value is computed for.</summary>
    public Post Post => _state.Post;

    /// <summary>The post's text; spans are UTF-16 offsets into it.</summary>
    public PostText Text => _state.Text;

    /// <summary>The post's tokens.</summary>
    public PostSyntax Syntax => _state.Syntax;

    /// <summary>Signalled when the caller gives up on the analysis.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>True when a MeCab dictionary is loaded for this engine.</summary>
    public bool HasMorphology => _state.Dictionary is not null;

    /// <summary>The morphemes of the post's text runs (empty without morphology); tokenized once, on first use.</summary>
    public ReadOnlySpan<Morpheme> Morphemes => _state.Morphemes;

    /// <summary>The post's sentences; found once, on first use.</summary>
    public ReadOnlySpan<TextSpan> Sentences => _state.Sentences;

    /// <summary>Another shared value this one is computed from.</summary>
    public TOther GetValue<TOther>(PostValueProvider<TOther> provider) => _state.GetValue(provider);
}

/// <summary>
/// The slots of the shared values of one analysis thread. A slot belongs to one provider and is
/// reused for every post; a value counts only for the post it was computed for.
/// </summary>
internal sealed class PostValueSlots
{
    private ValueSlot[] _slots = [];
    private int _count;
    private object? _owner;

    /// <summary>The slot of <paramref name="provider"/>, created on first use by this thread.</summary>
    public Slot<TValue> Get<TValue>(PostValueProvider<TValue> provider)
    {
        // A post asks for a handful of values: a linear search by reference beats hashing.
        var slots = _slots;
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(slots[i].Provider, provider))
            {
                return (Slot<TValue>)slots[i];
            }
        }

        var slot = new Slot<TValue>(provider);
        if (_count == slots.Length)
        {
            Array.Resize(ref _slots, Math.Max(4, slots.Length * 2));
        }

        _slots[_count++] = slot;
        return slot;
    }

    /// <summary>
    /// Starts a post. Slots stay while the same engine analyses on this thread; another engine
    /// (another configuration, other providers) starts from no slots, so that a thread serving
    /// many engines does not keep every provider it ever saw.
    /// </summary>
    public void Begin(object engine)
    {
        if (!ReferenceEquals(_owner, engine))
        {
            Array.Clear(_slots);
            _count = 0;
            _owner = engine;
        }
    }

    /// <summary>Ends a post: values that do not belong to the thread are dropped.</summary>
    public void End()
    {
        for (var i = 0; i < _count; i++)
        {
            _slots[i].EndPost();
        }
    }

    internal abstract class ValueSlot(object provider)
    {
        public object Provider { get; } = provider;

        public abstract void EndPost();
    }

    internal sealed class Slot<TValue>(PostValueProvider<TValue> provider) : ValueSlot(provider)
    {
        public bool HasValue { get; set; }

        public bool Computing { get; set; }

        public TValue? Value { get; set; }

        public PostValueProvider<TValue> TypedProvider { get; } = provider;

        public override void EndPost()
        {
            HasValue = false;
            Computing = false;
            if (!TypedProvider.ReusesValue)
            {
                Value = default;
            }
        }
    }
}
