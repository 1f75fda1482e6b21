using Globus.Sdk.Tests.Support;

namespace Globus.Sdk.Tests.Repository;

/// <summary>
/// The files that snapshot and golden tests write on a mismatch are ignored by git, so a failing run
/// never leaves them to be committed by accident. Asks git itself, so the check is git's own matching.
/// </summary>
public class GitIgnoreTests
{
    public static IEnumerable<TestCaseData> ReceivedFiles()
    {
        // PublicApiSnapshotTests: Foo.approved.txt -> Foo.received.txt.
        foreach (var approved in Directory.GetFiles(RepositoryFiles.PathOf("tests", "Globus.Sdk.Tests", "PublicApi"), "*.approved.txt"))
        {
            yield return Case(approved.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal));
        }

        // GoldenFileTests: Foo.g.cs -> Foo.g.cs.received.
        foreach (var golden in Directory.GetFiles(RepositoryFiles.PathOf("tests", "Globus.Sdk.Generator.Tests", "Golden"), "*.g.cs"))
        {
            yield return Case(golden + ".received");
        }

        static TestCaseData Case(string path)
        {
            var relative = Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/');
            return new TestCaseData(relative).SetName($"Ignored_{relative}");
        }
    }

    [TestCaseSource(nameof(ReceivedFiles))]
    public async Task A_received_file_is_ignored(string relativePath)
    {
        if (!Directory.Exists(RepositoryFiles.PathOf(".git")) && !File.Exists(RepositoryFiles.PathOf(".git")))
        {
            Assert.Ignore("Not a git checkout.");
        }

        var check = await ProcessRunner.RunAsync("git", ["check-ignore", "--no-index", "--quiet", relativePath], RepositoryFiles.Root);

        Assert.That(check.ExitCode, Is.Zero, $"{relativePath} is not ignored by .gitignore: {check.Output}");
    }
}
