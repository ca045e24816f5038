using PostLint.Configuration;

namespace PostLint.Analysis;

/// <summary>
/// Configuration for a set of analyzers. <c>ConfigurationResolver.For</c> is declared here, as an
/// extension, rather than on <see cref="ConfigurationResolver"/> because configuration is read
/// before any analyzer runs and must not need them: analysis depends on configuration, not the
/// reverse. Code that names <see cref="PostAnalyzer"/> (and so has <c>using PostLint.Analysis</c>)
/// calls it as before.
/// </summary>
public static class AnalyzerConfiguration
{
    extension(ConfigurationResolver)
    {
        /// <summary>
        /// A resolver for these analyzers: their rule ids and the sections they declare, with the
        /// sections of the profile providers.
        /// </summary>
        public static ConfigurationResolver For(IEnumerable<IProfileProvider> profiles, IEnumerable<PostAnalyzer> analyzers)
        {
            ArgumentNullException.ThrowIfNull(analyzers);
            var list = analyzers.ToList();
            return new ConfigurationResolver(profiles, list.SelectMany(static a => a.SupportedDiagnostics), list.SelectMany(static a => a.OptionSections));
        }
    }
}
