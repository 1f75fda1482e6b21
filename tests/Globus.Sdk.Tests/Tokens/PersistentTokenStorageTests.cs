using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>What stores kept in files do: another object over the same file sees the data, and namespaces share the file.</summary>
[TestFixtureSource(typeof(StorageKind), nameof(StorageKind.Persistent))]
public class PersistentTokenStorageTests(StorageKind kind) : TempFolderTestBase
{
    [Test]
    public async Task A_token_written_by_another_object_over_the_same_store_is_seen()
    {
        using (var first = kind.Create(Folder))
        {
            await first.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org")));
        }

        using var second = kind.Create(Folder);
        Assert.That((await second.GetTokenDataAsync("transfer.api.globus.org"))!.RefreshToken, Is.EqualTo(TokenSamples.RefreshSecret));
    }

    [Test]
    public async Task Namespaces_in_one_store_do_not_see_each_other()
    {
        using var alice = kind.Create(Folder, "alice");
        using var bob = kind.Create(Folder, "bob");
        await alice.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org", "-alice")));
        await bob.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org", "-bob")));
        await bob.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("auth.globus.org", "-bob")));

        Assert.That((await alice.GetTokenDataAsync("transfer.api.globus.org"))!.AccessToken, Does.EndWith("-alice"));
        Assert.That((await alice.GetTokenDataByResourceServerAsync()).Keys, Is.EquivalentTo(new[] { "transfer.api.globus.org" }));
        Assert.That((await bob.GetTokenDataAsync("transfer.api.globus.org"))!.AccessToken, Does.EndWith("-bob"));
        Assert.That(await alice.RemoveTokenDataAsync("auth.globus.org"), Is.False);
        Assert.That(await bob.GetTokenDataAsync("auth.globus.org"), Is.Not.Null);
    }
}
