using System.Reflection;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>
/// Two real processes (not threads: a lock inside one process proves nothing about another) store 500
/// tokens each into the same file or database at the same time; every one of the 1000 must be there.
/// </summary>
[Category("Processes")]
public class TwoProcessWriteTests
{
    private const int WritesPerProcess = 500;

    private static readonly string Writer = typeof(TwoProcessWriteTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TokenStorageWriter").Value!;

    private string _folder = null!;

    [SetUp]
    public void NewFolder() => _folder = Directory.CreateTempSubdirectory("globus-tokens-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase("json", "tokens.json")]
    [TestCase("sqlite", "tokens.db")]
    public async Task Two_processes_writing_at_once_lose_no_write(string kind, string file)
    {
        var path = Path.Combine(_folder, file);
        var runs = await Task.WhenAll(
            ProcessRunner.RunAsync("dotnet", [Writer, kind, path, "first", WritesPerProcess.ToString()], _folder),
            ProcessRunner.RunAsync("dotnet", [Writer, kind, path, "second", WritesPerProcess.ToString()], _folder));
        foreach (var run in runs)
        {
            Assert.That(run.ExitCode, Is.Zero, run.Output);
        }

        using TokenStorage storage = kind == "json" ? new JsonTokenStorage(path) : new SqliteTokenStorage(path);
        var stored = await storage.GetTokenDataByResourceServerAsync();
        var expected = new[] { "first", "second" }.SelectMany(w => Enumerable.Range(0, WritesPerProcess).Select(i => $"{w}-{i}")).ToList();
        Assert.That(stored.Keys, Is.EquivalentTo(expected));
        Assert.That(stored.All(pair => pair.Value.AccessToken == "access-" + pair.Key), Is.True, "each value is the one its writer stored");
    }
}
