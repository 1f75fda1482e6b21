using Globus.Sdk.Tests.Support;
using PublicApiGenerator;

namespace Globus.Sdk.Tests.PublicApi;

/// <summary>
/// The public surface of Globus.Sdk, compared with the approved snapshot so every change to it is
/// seen in review. To accept an intended change, copy the .received.txt file over the .approved.txt one.
/// </summary>
public class PublicApiSnapshotTests
{
    [Test]
    public void Public_api_matches_the_approved_snapshot()
    {
        var approvedPath = RepositoryFiles.PathOf("tests", "Globus.Sdk.Tests", "PublicApi", "Globus.Sdk.approved.txt");
        var receivedPath = Path.ChangeExtension(approvedPath, null).Replace(".approved", ".received") + ".txt";
        var actual = typeof(BaseClient).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
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
