using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace PostLint.Tests.Architecture;

/// <summary>
/// What a namespace graph must not have — cycles, and dependencies on packages a project does not
/// reference — described for a failing test, edge by edge with the references that make them.
/// </summary>
internal static class NamespaceRules
{
    private const int ExamplesPerEdge = 4;

    /// <summary>
    /// Where the compiler and the source generators PostLint uses put their types: the global
    /// namespace (<c>&lt;Module&gt;</c>, <c>&lt;PrivateImplementationDetails&gt;</c>), the Regex
    /// generator's, ASP.NET Core's request delegate and OpenAPI XML comment generators', and their
    /// interceptor attribute. A type in any other namespace outside <c>PostLint.*</c> is hand-written
    /// and does not follow its package.
    /// </summary>
    public static readonly IReadOnlySet<string> GeneratedNamespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        string.Empty,
        "System.Text.RegularExpressions.Generated",
        "Microsoft.AspNetCore.Http.Generated",
        "Microsoft.AspNetCore.OpenApi.Generated",
        "System.Runtime.CompilerServices",
    };

    /// <summary>
    /// The cycles of <paramref name="graph"/> as a message for a failing test, empty when there are
    /// none: for each group of namespaces that reach each other, one shortest cycle through them and,
    /// for every dependency inside the group, a few of the references that cause it.
    /// </summary>
    public static string DescribeCycles(NamespaceGraph graph)
    {
        var successors = graph.Successors();
        var message = new StringBuilder();
        foreach (var component in StronglyConnectedComponents(successors).Where(c => c.Count > 1))
        {
            var members = component.ToHashSet(StringComparer.Ordinal);
            var first = component.Min(StringComparer.Ordinal)!;
            message.AppendLine(CultureInfo.InvariantCulture, $"Namespace cycle: {string.Join(" → ", ShortestCycle(first, members, successors))}");
            foreach (var from in component.Order(StringComparer.Ordinal))
            {
                foreach (var to in successors[from].Where(members.Contains))
                {
                    var examples = graph.Edges[(from, to)];
                    message.AppendLine(CultureInfo.InvariantCulture, $"  {from} → {to} ({examples.Count} type references):");
                    foreach (var example in examples.Take(ExamplesPerEdge))
                    {
                        message.AppendLine(CultureInfo.InvariantCulture, $"    {example}");
                    }

                    if (examples.Count > ExamplesPerEdge)
                    {
                        message.AppendLine("    …");
                    }
                }
            }
        }

        return message.ToString();
    }

    /// <summary>
    /// The dependencies of a namespace on a namespace of another package that the project of its own
    /// package does not reference directly (a transitive reference compiles, but hides the layering),
    /// one line each; empty when there are none. <paramref name="projectOfAssembly"/> names the
    /// project under <c>src/</c> of each assembly.
    /// </summary>
    public static string DescribeUndeclaredDependencies(NamespaceGraph graph, IReadOnlyDictionary<string, string> projectOfAssembly)
    {
        var references = projectOfAssembly.Values.ToDictionary(project => project, ProjectReferencesOf, StringComparer.Ordinal);
        var message = new StringBuilder();
        foreach (var ((from, to), examples) in graph.Edges.OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal))
        {
            var fromProject = projectOfAssembly[graph.PackageOfNamespace[from]];
            var toProject = projectOfAssembly[graph.PackageOfNamespace[to]];
            if (fromProject != toProject && !references[fromProject].Contains(toProject))
            {
                message.AppendLine(CultureInfo.InvariantCulture, $"{from} ({fromProject}) → {to} ({toProject}), which {fromProject}.csproj does not reference: {string.Join(", ", examples.Take(ExamplesPerEdge))}");
            }
        }

        return message.ToString();
    }

    /// <summary>Tarjan's algorithm: the strongly connected components, each a list of nodes.</summary>
    public static List<List<string>> StronglyConnectedComponents(IReadOnlyDictionary<string, SortedSet<string>> successors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLink = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Connect(string node)
        {
            index[node] = lowLink[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in successors[node])
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Connect(next);
                    lowLink[node] = Math.Min(lowLink[node], lowLink[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLink[node] = Math.Min(lowLink[node], nextIndex);
                }
            }

            if (lowLink[node] != index[node])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            components.Add(component);
        }

        foreach (var node in successors.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Connect(node);
            }
        }

        return components;
    }

    /// <summary>A shortest path from <paramref name="start"/> back to itself inside <paramref name="members"/> (breadth first).</summary>
    public static List<string> ShortestCycle(string start, HashSet<string> members, IReadOnlyDictionary<string, SortedSet<string>> successors)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in successors[node].Where(members.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var step = node; step != start; step = cameFrom[step])
                    {
                        path.Insert(1, step);
                    }

                    path.Add(start);
                    return path;
                }

                if (next != start && cameFrom.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        throw new ArgumentException($"{start} is on no cycle inside the given namespaces", nameof(start));
    }

    private static HashSet<string> ProjectReferencesOf(string project)
    {
        var file = TestPaths.InRepo("src", project, project + ".csproj");
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToHashSet(StringComparer.Ordinal);
    }
}
