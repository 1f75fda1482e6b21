using System.Reflection;

namespace Globus.Sdk.Tests.Support;

/// <summary>Paths of files in the repository this test assembly was built from.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = typeof(RepositoryFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
