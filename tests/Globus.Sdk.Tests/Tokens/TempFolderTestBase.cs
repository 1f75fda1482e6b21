namespace Globus.Sdk.Tests.Tokens;

/// <summary>A fresh folder for storage files for each test, removed afterwards.</summary>
public abstract class TempFolderTestBase
{
    protected string Folder { get; private set; } = null!;

    [SetUp]
    public void NewFolder() => Folder = Directory.CreateTempSubdirectory("globus-tokens-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(Folder, recursive: true);
}
