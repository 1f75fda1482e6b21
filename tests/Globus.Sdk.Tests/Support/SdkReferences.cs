using Microsoft.CodeAnalysis;

namespace Globus.Sdk.Tests.Support;

/// <summary>What code that uses the SDK compiles against in tests: the platform's assemblies and the SDK's.</summary>
public static class SdkReferences
{
    /// <summary>What a <c>dotnet new console</c> project imports implicitly, which examples assume.</summary>
    public const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static IEnumerable<MetadataReference> All()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var sdk = new[] { typeof(BaseClient).Assembly.Location, typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location };
        return platform.Concat(sdk).Distinct().Select(path => MetadataReference.CreateFromFile(path));
    }
}
