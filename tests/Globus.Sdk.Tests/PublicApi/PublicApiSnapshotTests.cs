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

    private static void AssertSnapshot(System.Reflection.Assembly assembly, string name)
    {
        var approvedPath = RepositoryFiles.PathOf("tests", "Globus.Sdk.Tests", "PublicApi", name + ".approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received") + ".txt";
        var actual = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // AddGlobusClients lives in the namespace .NET puts service-collection extensions in; show it too.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }).ReplaceLineEndings("\n");

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API changed. Review {receivedPath} and, if intended, copy it over {approvedPath}.");
        }

        File.Delete(receivedPath);
    }
}
