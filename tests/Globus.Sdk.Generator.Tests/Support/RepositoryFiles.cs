using System.Reflection;

namespace Globus.Sdk.Generator.Tests.Support;

/// <summary>Paths of files in the repository this test assembly was built from (no network, no copies).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = typeof(RepositoryFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Every service spec, <c>specs/*.yaml</c>, in name order.</summary>
    public static IReadOnlyList<string> SpecFiles() =>
        Directory.GetFiles(PathOf("specs"), "*.yaml").Order(StringComparer.Ordinal).ToList();
}
