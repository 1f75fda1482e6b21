using Globus.Sdk.Tests.Support;
using PublicApiGenerator;

namespace Globus.Sdk.Tests.PublicApi;

/// <summary>
/// The public surface of Globus.Sdk and Globus.Sdk.Sqlite, each compared with the approved snapshot so every change to it is
/// seen in review. To accept an intended change, copy the .received.txt file over the .approved.txt one.
/// </summary>
public class PublicApiSnapshotTests
{
    [Test]
    public void Public_api_matches_the_approved_snapshot() => AssertSnapshot(typeof(BaseClient).Assembly, "Globus.Sdk");

    [Test]
    public void Sqlite_package_public_api_matches_the_approved_snapshot() =>
        AssertSnapshot(typeof(Globus.Sdk.Tokens.SqliteTokenStorage).Assembly, "Globus.Sdk.Sqlite");

    /// <summary>
    /// Attributes the compiler adds to implement a member (an async method's or iterator's state machine,
    /// whose generated type name changes with unrelated edits), not part of what callers compile against.
    /// </summary>
    private static readonly string[] CompilerGeneratedAttributes =
    [
        "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
        "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
        "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
        "System.Diagnostics.DebuggerStepThroughAttribute",
        "System.Diagnostics.DebuggerHiddenAttribute",
        "System.Diagnostics.DebuggerNonUserCodeAttribute",
    ];

    private static readonly ApiGeneratorOptions Options = new()
    {
        ExcludeAttributes =
        [
            "System.Runtime.Versioning.TargetFrameworkAttribute",
            "System.Reflection.AssemblyMetadataAttribute",
            "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            .. CompilerGeneratedAttributes,
        ],
    };

    [TestCase("Globus.Sdk")]
    [TestCase("Globus.Sdk.Sqlite")]
    public void Snapshot_shows_no_compiler_generated_attributes(string name)
    {
        var assembly = name == "Globus.Sdk" ? typeof(BaseClient).Assembly : typeof(Globus.Sdk.Tokens.SqliteTokenStorage).Assembly;

        var api = assembly.GeneratePublicApi(Options);

        foreach (var attribute in CompilerGeneratedAttributes)
        {
            var shortName = attribute[(attribute.LastIndexOf('.') + 1)..^"Attribute".Length];
            Assert.That(api, Does.Not.Contain("[" + attribute[..^"Attribute".Length]).And.Not.Contain("[" + shortName), attribute);
        }
    }

    private static void AssertSnapshot(System.Reflection.Assembly assembly, string name)
    {
        var approvedPath = RepositoryFiles.PathOf("tests", "Globus.Sdk.Tests", "PublicApi", name + ".approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received") + ".txt";
        var actual = assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n");

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API changed. Review {receivedPath} and, if intended, copy it over {approvedPath}.");
        }

        File.Delete(receivedPath);
    }
}
