using PostLint.Tests.Architecture;

namespace PostLint.Core.Tests.Architecture;

/// <summary>
/// Issue 10: namespaces follow the packages and depend on each other in one direction only. The
/// graph is read from the compiled libraries (see <see cref="NamespaceGraph"/>), so a dependency
/// written with a fully qualified name or through <c>var</c> counts as much as one with a
/// <c>using</c> line.
/// </summary>
public sealed class NamespaceCycleTests
{
    // The libraries people embed; the CLI and the server are checked by PostLint.Cli.Tests, which references them.
    private static readonly string[] Libraries =
    [
        "PostLint.Core",
        "PostLint.Morphology",
        "PostLint.Spelling",
        "PostLint.Input",
        "PostLint.Reporting",
        "PostLint.Rules",
        "PostLint.Extensions.DependencyInjection",
    ];

    private static readonly Lazy<NamespaceGraph> Graph = new(() =>
        NamespaceGraph.Load(Libraries.Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"))));

    [Fact]
    public void No_namespace_depends_on_itself_through_others()
    {
        var report = NamespaceRules.DescribeCycles(Graph.Value);
        Assert.True(report.Length == 0, report);
    }

    [Fact]
    public void A_namespace_depends_only_on_namespaces_of_its_own_package_or_of_packages_it_references()
    {
        var report = NamespaceRules.DescribeUndeclaredDependencies(Graph.Value, Libraries.ToDictionary(name => name, name => name, StringComparer.Ordinal));
        Assert.True(report.Length == 0, report);
    }

    [Fact]
    public void Every_hand_written_type_is_in_a_PostLint_namespace_of_one_package()
    {
        Assert.Empty(Graph.Value.SplitNamespaces);
        Assert.Subset(NamespaceRules.GeneratedNamespaces.ToHashSet(StringComparer.Ordinal), Graph.Value.OtherNamespaces.ToHashSet(StringComparer.Ordinal));
        Assert.All(Libraries, library => Assert.Contains(library, Graph.Value.PackageOfNamespace.Values));
    }

    [Fact]
    public void The_graph_sees_references_in_bodies_lambdas_iterators_attributes_and_generic_arguments()
    {
        const string Fixtures = "PostLint.Core.Tests.Architecture.Fixtures.";
        var graph = NamespaceGraph.Load([typeof(NamespaceCycleTests).Assembly.Location]);
        var fixtureEdges = graph.Edges.Where(e => e.Key.From.StartsWith(Fixtures, StringComparison.Ordinal)).ToDictionary(e => e.Key.From[Fixtures.Length..], e => e.Value);

        // Each fixture namespace names the target one way only, and the target names none of them.
        Assert.Equal(["AsAttribute", "AsGenericArgument", "InBody", "InIterator", "InLambda"], fixtureEdges.Keys.Order(StringComparer.Ordinal));
        Assert.All(graph.Edges.Keys.Where(e => e.From.StartsWith(Fixtures, StringComparison.Ordinal)), e => Assert.Equal(Fixtures + "Target", e.To));

        // References from compiler-generated classes are shown as their outermost type.
        Assert.Contains($"{Fixtures}InLambda.UsesInLambda → {Fixtures}Target.NamedInLambda", fixtureEdges["InLambda"]);
        Assert.Contains($"{Fixtures}InIterator.UsesInIterator → {Fixtures}Target.NamedInIterator", fixtureEdges["InIterator"]);
        Assert.Contains($"{Fixtures}AsAttribute.Marked → {Fixtures}Target.NamedAsAttribute", fixtureEdges["AsAttribute"]);
        Assert.DoesNotContain("System.Text.RegularExpressions.Generated", graph.PackageOfNamespace.Keys);
        Assert.DoesNotContain(string.Empty, graph.PackageOfNamespace.Keys);
    }

    [Fact]
    public void The_libraries_graph_has_dependencies_within_and_across_packages()
    {
        var edges = Graph.Value.Edges;

        // A base type across packages: a rule derives from Core's analyzer base.
        Assert.Contains(edges.Keys, e => e.From.StartsWith("PostLint.Rules.", StringComparison.Ordinal) && e.To == "PostLint.Analysis");

        // Within Core, Analysis uses the syntax tree of a post.
        Assert.True(edges.ContainsKey(("PostLint.Analysis", "PostLint.Syntax")));
    }

    [Fact]
    public void A_cycle_is_reported_with_the_references_that_cause_it()
    {
        var successors = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["A"] = new(StringComparer.Ordinal) { "B" },
            ["B"] = new(StringComparer.Ordinal) { "C" },
            ["C"] = new(StringComparer.Ordinal) { "A", "D" },
            ["D"] = new(StringComparer.Ordinal),
        };
        var components = NamespaceRules.StronglyConnectedComponents(successors);

        var cycle = Assert.Single(components, c => c.Count > 1);
        Assert.Equal(["A", "B", "C"], cycle.Order(StringComparer.Ordinal));
        Assert.Contains(components, c => c.SequenceEqual(["D"]));
        Assert.Equal(["A", "B", "C", "A"], NamespaceRules.ShortestCycle("A", cycle.ToHashSet(StringComparer.Ordinal), successors));
    }
}
