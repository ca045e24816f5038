using Mono.Cecil;

namespace PostLint.Tests.Architecture;

/// <summary>
/// Which namespace of a set of assemblies refers to which other one of them, read from the compiled
/// metadata and IL (what the compiler kept, not what the <c>using</c> lines say): a namespace A
/// depends on B when a type of A names a type of B in its base type, interfaces, generic arguments
/// and constraints, attributes, fields, properties, events, method signatures, local variables, catch
/// clauses, or in the type, method and field tokens of its method bodies.
/// </summary>
/// <remarks>
/// Nested types (lambdas' display classes, iterator and async state machines included) count as
/// their outermost type. Types the compiler or a source generator puts outside PostLint's namespaces
/// (<c>&lt;PrivateImplementationDetails&gt;</c>, <c>&lt;Module&gt;</c>, the Regex generator's
/// <c>System.Text.RegularExpressions.Generated</c>, ASP.NET Core's generated code in
/// <c>Microsoft.AspNetCore.Http.Generated</c> and <c>Microsoft.AspNetCore.OpenApi.Generated</c>,
/// interceptor attributes in <c>System.Runtime.CompilerServices</c>) have no namespace of their own
/// here: what they refer to is counted for each type that refers to them, as if their code were
/// inlined there.
/// </remarks>
internal sealed class NamespaceGraph
{
    private const string OwnNamespacePrefix = "PostLint";

    private readonly Dictionary<string, string> _packageOfNamespace = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), SortedSet<string>> _edges = [];
    private readonly HashSet<string> _assemblyNames;

    private NamespaceGraph(IReadOnlyCollection<AssemblyDefinition> assemblies)
    {
        _assemblyNames = assemblies.Select(a => a.Name.Name).ToHashSet(StringComparer.Ordinal);
        var unowned = new Dictionary<string, TypeDefinition>(StringComparer.Ordinal);
        var owned = new List<TypeDefinition>();
        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.MainModule.Types)
            {
                if (IsUnowned(type))
                {
                    unowned[Key(type)] = type;
                    OtherNamespaces.Add(type.Namespace);
                    continue;
                }

                owned.Add(type);
                if (_packageOfNamespace.TryGetValue(type.Namespace, out var package) && package != assembly.Name.Name)
                {
                    SplitNamespaces.Add($"{type.Namespace}: {package}, {assembly.Name.Name}");
                }

                _packageOfNamespace[type.Namespace] = assembly.Name.Name;
            }
        }

        foreach (var type in owned)
        {
            var collector = new ReferenceCollector(this, unowned);
            collector.VisitTypeAndNested(type);
            foreach (var (target, referencedType) in collector.Found)
            {
                var targetNamespace = OwnerOf(target).Namespace;
                if (targetNamespace == type.Namespace || !_packageOfNamespace.ContainsKey(targetNamespace))
                {
                    continue;
                }

                if (!_edges.TryGetValue((type.Namespace, targetNamespace), out var examples))
                {
                    examples = new SortedSet<string>(StringComparer.Ordinal);
                    _edges[(type.Namespace, targetNamespace)] = examples;
                }

                examples.Add($"{type.FullName} → {DisplayName(referencedType)}");
            }
        }
    }

    /// <summary>
    /// The namespaces outside PostLint's own that the assemblies define types in (the empty one of
    /// <c>&lt;Module&gt;</c> included): only compilers and source generators should put types there.
    /// </summary>
    public SortedSet<string> OtherNamespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Namespaces that have types in more than one of the assemblies ("namespace: first, second").</summary>
    public List<string> SplitNamespaces { get; } = [];

    /// <summary>Every namespace that has a type of its own, with the assembly it is in.</summary>
    public IReadOnlyDictionary<string, string> PackageOfNamespace => _packageOfNamespace;

    /// <summary>Every dependency between two different namespaces, with the references that cause it ("Type → Type").</summary>
    public IReadOnlyDictionary<(string From, string To), SortedSet<string>> Edges => _edges;

    /// <summary>Reads the given assembly files (the ones they reference are resolved from the same folders).</summary>
    public static NamespaceGraph Load(IEnumerable<string> assemblyPaths)
    {
        var paths = assemblyPaths.ToList();
        var resolver = new DefaultAssemblyResolver();
        foreach (var directory in paths.Select(Path.GetDirectoryName).Distinct())
        {
            resolver.AddSearchDirectory(directory);
        }

        var assemblies = paths.Select(p => AssemblyDefinition.ReadAssembly(p, new ReaderParameters { AssemblyResolver = resolver })).ToList();
        try
        {
            return new NamespaceGraph(assemblies);
        }
        finally
        {
            foreach (var assembly in assemblies)
            {
                assembly.Dispose();
            }

            resolver.Dispose();
        }
    }

    /// <summary>The namespaces each namespace depends on.</summary>
    public Dictionary<string, SortedSet<string>> Successors()
    {
        var successors = _packageOfNamespace.Keys.ToDictionary(n => n, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (from, to) in _edges.Keys)
        {
            successors[from].Add(to);
        }

        return successors;
    }

    // PostLint's own namespaces are PostLint and PostLint.*; any other type in its assemblies was generated.
    private static bool IsUnowned(TypeReference type) =>
        !(type.Namespace == OwnNamespacePrefix || type.Namespace.StartsWith(OwnNamespacePrefix + ".", StringComparison.Ordinal));

    private static TypeReference OwnerOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static string Key(TypeReference type) => $"{ScopeAssemblyName(OwnerOf(type))}|{OwnerOf(type).FullName}";

    private static string ScopeAssemblyName(TypeReference type) => type.Scope switch
    {
        AssemblyNameReference reference => reference.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        _ => string.Empty,
    };

    // A reference to a lambda's display class or a state machine is shown as its outermost type.
    private static string DisplayName(TypeReference type)
    {
        var owner = type;
        while (owner.DeclaringType is not null && owner.Name.Contains('<', StringComparison.Ordinal))
        {
            owner = owner.DeclaringType;
        }

        return owner.FullName.Replace('/', '.');
    }

    /// <summary>Collects the PostLint types one type (with its nested ones) refers to.</summary>
    private sealed class ReferenceCollector(NamespaceGraph graph, Dictionary<string, TypeDefinition> unowned)
    {
        private readonly HashSet<string> _inlined = new(StringComparer.Ordinal);

        // (outermost type referred to, the type named at the reference)
        public List<(TypeReference Owner, TypeReference Referenced)> Found { get; } = [];

        public void VisitTypeAndNested(TypeDefinition type)
        {
            Attributes(type);
            GenericParameters(type);
            Type(type.BaseType);
            foreach (var implementation in type.Interfaces)
            {
                Type(implementation.InterfaceType);
                Attributes(implementation);
            }

            foreach (var field in type.Fields)
            {
                Type(field.FieldType);
                Attributes(field);
            }

            foreach (var property in type.Properties)
            {
                Type(property.PropertyType);
                Attributes(property);
            }

            foreach (var @event in type.Events)
            {
                Type(@event.EventType);
                Attributes(@event);
            }

            foreach (var method in type.Methods)
            {
                Method(method);
            }

            foreach (var nested in type.NestedTypes)
            {
                VisitTypeAndNested(nested);
            }
        }

        private void Method(MethodDefinition method)
        {
            Attributes(method);
            Attributes(method.MethodReturnType);
            GenericParameters(method);
            Type(method.ReturnType);
            foreach (var parameter in method.Parameters)
            {
                Type(parameter.ParameterType);
                Attributes(parameter);
            }

            foreach (var overridden in method.Overrides)
            {
                MethodReference(overridden);
            }

            if (!method.HasBody)
            {
                return;
            }

            foreach (var variable in method.Body.Variables)
            {
                Type(variable.VariableType);
            }

            foreach (var handler in method.Body.ExceptionHandlers)
            {
                Type(handler.CatchType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference type:
                        Type(type);
                        break;
                    case MethodReference called:
                        MethodReference(called);
                        break;
                    case FieldReference field:
                        Type(field.DeclaringType);
                        Type(field.FieldType);
                        break;
                    case CallSite site:
                        Type(site.ReturnType);
                        foreach (var parameter in site.Parameters)
                        {
                            Type(parameter.ParameterType);
                        }

                        break;
                }
            }
        }

        private void MethodReference(MethodReference method)
        {
            Type(method.DeclaringType);
            Type(method.ReturnType);
            foreach (var parameter in method.Parameters)
            {
                Type(parameter.ParameterType);
            }

            if (method is GenericInstanceMethod generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    Type(argument);
                }
            }
        }

        private void GenericParameters(IGenericParameterProvider provider)
        {
            foreach (var parameter in provider.GenericParameters)
            {
                Attributes(parameter);
                foreach (var constraint in parameter.Constraints)
                {
                    Type(constraint.ConstraintType);
                }
            }
        }

        private void Attributes(ICustomAttributeProvider provider)
        {
            if (!provider.HasCustomAttributes)
            {
                return;
            }

            foreach (var attribute in provider.CustomAttributes)
            {
                Type(attribute.AttributeType);
                foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)).Concat(attribute.Fields.Select(f => f.Argument)))
                {
                    AttributeArgument(argument);
                }
            }
        }

        private void AttributeArgument(CustomAttributeArgument argument)
        {
            switch (argument.Value)
            {
                case TypeReference type:
                    Type(type);
                    break;
                case CustomAttributeArgument boxed:
                    AttributeArgument(boxed);
                    break;
                case CustomAttributeArgument[] array:
                    foreach (var element in array)
                    {
                        AttributeArgument(element);
                    }

                    break;
            }

            // An enum argument is stored with its enum type.
            Type(argument.Type);
        }

        private void Type(TypeReference? type)
        {
            switch (type)
            {
                case null:
                case GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Type(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        Type(argument);
                    }

                    return;
                case FunctionPointerType pointer:
                    Type(pointer.ReturnType);
                    foreach (var parameter in pointer.Parameters)
                    {
                        Type(parameter.ParameterType);
                    }

                    return;
                case TypeSpecification specification:
                    // Arrays, pointers, by-ref, pinned and modified types: what they are made of.
                    Type(specification.ElementType);
                    return;
            }

            var owner = OwnerOf(type);
            if (!graph._assemblyNames.Contains(ScopeAssemblyName(owner)))
            {
                return;
            }

            if (IsUnowned(owner))
            {
                // Code of a type with no PostLint namespace counts for the type that refers to it.
                if (unowned.TryGetValue(Key(owner), out var definition) && _inlined.Add(Key(owner)))
                {
                    VisitTypeAndNested(definition);
                }

                return;
            }

            Found.Add((owner, type));
        }
    }
}
