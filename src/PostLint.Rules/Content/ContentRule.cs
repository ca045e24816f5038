using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Content;

/// <summary>
/// A content rule (PL30xx): reports the matches of its lexicon's entries that reach it — after the
/// matcher's checks of part of speech, allowed compounds and cancelling words in the same sentence —
/// and that <see cref="Accepts"/> keeps. The message quotes the matched words and names the
/// active profile's clause. One finding per match.
/// </summary>
public abstract class ContentRule : PostAnalyzer
{
    private ImmutableArray<DiagnosticDescriptor> _supported;

    /// <summary>The rule's descriptor; its message takes the matched words ({0}), the clause ({1}) and a note ({2}).</summary>
    protected abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>The built-in lexicon file of the rule's category (<see cref="ContentLexicons.Names"/>).</summary>
    protected abstract string LexiconName { get; }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        _supported.IsDefault ? _supported = [Descriptor] : _supported;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var descriptor = Descriptor;
        var clause = ClauseText.For(context.Options, descriptor);
        context.AddLexicon(ContentLexicons.Get(LexiconName));
        context.RegisterLexiconAction(c =>
        {
            if (c.Entry.RuleId == descriptor.Id && Accepts(c))
            {
                c.ReportDiagnostic(Diagnostic.Create(descriptor, c.Span, c.MatchedText.ToString(), clause, Note(c)));
            }
        });
    }

    /// <summary>Whether a match counts; by default every match the lexicon lets through.</summary>
    protected virtual bool Accepts(in LexiconMatchContext context) => true;

    /// <summary>What the message adds about the post ({2}); nothing by default.</summary>
    protected virtual string Note(in LexiconMatchContext context) => string.Empty;
}
