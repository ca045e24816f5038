using PostLint.Tests.Architecture;

namespace PostLint.Cli.Tests.Architecture;

/// <summary>
/// Issue 10 for the programs: the CLI's and the server's namespaces, read from the compiled
/// assemblies with the libraries they use, form no cycle and use only the packages their projects
/// reference (PostLint.Core.Tests checks the libraries alone).
/// </summary>
public sealed class NamespaceCycleTests
{
    // Assembly name → project under src/ (the CLI's assembly is the `postlint` command).
    private static readonly Dictionary<string, string> ProjectOfAssembly = new(StringComparer.Ordinal)
    {
        ["PostLint.Core"] = "PostLint.Core",
        ["PostLint.Morphology"] = "PostLint.Morphology",
        ["PostLint.Spelling"] = "PostLint.Spelling",
        ["PostLint.Input"] = "PostLint.Input",
        ["PostLint.Reporting"] = "PostLint.Reporting",
        ["PostLint.Rules"] = "PostLint.Rules",
        ["PostLint.Extensions.DependencyInjection"] = "PostLint.Extensions.DependencyInjection",
        ["PostLint.Server"] = "PostLint.Server",
        ["postlint"] = "PostLint.Cli",
    };

    private static readonly Lazy<NamespaceGraph> Graph = new(() =>
        NamespaceGraph.Load(ProjectOfAssembly.Keys.Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))));

    [Fact]
    public void No_namespace_of_the_programs_or_libraries_depends_on_itself_through_others()
    {
        var report = NamespaceRules.DescribeCycles(Graph.Value);
        Assert.True(report.Length == 0, report);
    }

    [Fact]
    public void The_programs_use_only_the_packages_their_projects_reference()
    {
        var report = NamespaceRules.DescribeUndeclaredDependencies(Graph.Value, ProjectOfAssembly);
        Assert.True(report.Length == 0, report);
    }

    [Fact]
    public void Every_hand_written_type_is_in_a_PostLint_namespace_of_one_assembly_and_the_programs_have_theirs()
    {
        Assert.Empty(Graph.Value.SplitNamespaces);
        Assert.Subset(NamespaceRules.GeneratedNamespaces.ToHashSet(StringComparer.Ordinal), Graph.Value.OtherNamespaces.ToHashSet(StringComparer.Ordinal));
        Assert.Equal("postlint", Graph.Value.PackageOfNamespace["PostLint.Cli.Commands"]);
        Assert.Equal("PostLint.Server", Graph.Value.PackageOfNamespace["PostLint.Server.Api"]);
        Assert.Contains(Graph.Value.Edges.Keys, e => e.From.StartsWith("PostLint.Cli", StringComparison.Ordinal) && e.To.StartsWith("PostLint.Server", StringComparison.Ordinal));
    }
}
