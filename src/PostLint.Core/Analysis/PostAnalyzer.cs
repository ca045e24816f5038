using System.Collections.Immutable;
using PostLint.Diagnostics;

namespace PostLint.Analysis;

/// <summary>
/// A rule (or a group of related rules): declares the diagnostics it can report and, once per
/// engine, registers actions for the units it needs — the whole post, tokens of given kinds,
/// lines, or morphemes. Analyzers must be stateless between posts: anything computed from the
/// configuration belongs in the closures registered in <see cref="Initialize"/>, because actions
/// run on many threads at once.
/// </summary>
public abstract class PostAnalyzer
{
    /// <summary>The descriptors of the diagnostics this analyzer reports; reporting any other is an error.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers this analyzer's actions. Called once per engine with that engine's options.</summary>
    public abstract void Initialize(AnalysisContext context);

    /// <summary>
    /// The sections of <c>postlint.json</c> this analyzer reads (<see cref="Configuration.OptionSection{T}"/>,
    /// read with <c>context.Options.Get(section)</c> in <see cref="Initialize"/>). A resolver built
    /// for the analyzers (<c>ConfigurationResolver.For</c> in <see cref="AnalyzerConfiguration"/>, <c>AddPostLint</c>)
    /// accepts these sections in the file and reports any other unknown key as PL0002. Analyzers
    /// that share a section list the same declaration.
    /// </summary>
    public virtual ImmutableArray<Configuration.OptionSection> OptionSections => [];

    /// <summary>The analyzer's type name, used in error messages and logs.</summary>
    public override string ToString() => GetType().Name;
}
