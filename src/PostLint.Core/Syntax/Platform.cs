namespace PostLint.Syntax;

/// <summary>The platforms whose limits PostLint knows.</summary>
public enum Platform
{
    X,
    Threads,
    Instagram,
    Line,
    Facebook,
    YouTube,
}
