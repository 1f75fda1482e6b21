using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>What every storage does the same way: store, read back, replace, remove, keep namespaces apart, never show a token.</summary>
[TestFixtureSource(typeof(StorageKind), nameof(StorageKind.All))]
public class TokenStorageTests(StorageKind kind)
{
    private string _folder = null!;

    [SetUp]
    public void NewFolder() => _folder = Directory.CreateTempSubdirectory("globus-tokens-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Stored_data_reads_back_field_for_field_and_is_removed()
    {
        using var storage = kind.Create(_folder);
        Assert.That(await storage.GetTokenDataAsync("transfer.api.globus.org"), Is.Null);
        Assert.That(await storage.GetTokenDataByResourceServerAsync(), Is.Empty);

        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(
            TokenSamples.Data("transfer.api.globus.org"), TokenSamples.Data("auth.globus.org", "-auth")));

        var transfer = (await storage.GetTokenDataAsync("transfer.api.globus.org"))!;
        Assert.Multiple(() =>
        {
            Assert.That(transfer.ResourceServer, Is.EqualTo("transfer.api.globus.org"));
            Assert.That(transfer.IdentityId, Is.EqualTo("ae341a98-d274-11e5-b888-dbae3a8ba545"));
            Assert.That(transfer.Scope, Is.EqualTo("urn:globus:auth:scope:transfer.api.globus.org:all"));
            Assert.That(transfer.AccessToken, Is.EqualTo(TokenSamples.AccessSecret));
            Assert.That(transfer.RefreshToken, Is.EqualTo(TokenSamples.RefreshSecret));
            Assert.That(transfer.ExpiresAtSeconds, Is.EqualTo(2_000_000_000));
            Assert.That(transfer.TokenType, Is.EqualTo("Bearer"));
            Assert.That(transfer.Extra["note"].GetString(), Is.EqualTo("kept"));
        });
        Assert.That((await storage.GetTokenDataByResourceServerAsync()).Keys, Is.EquivalentTo(new[] { "transfer.api.globus.org", "auth.globus.org" }));

        Assert.That(await storage.RemoveTokenDataAsync("transfer.api.globus.org"), Is.True);
        Assert.That(await storage.RemoveTokenDataAsync("transfer.api.globus.org"), Is.False);
        Assert.That(await storage.GetTokenDataAsync("transfer.api.globus.org"), Is.Null);
        Assert.That((await storage.GetTokenDataByResourceServerAsync()).Keys, Is.EquivalentTo(new[] { "auth.globus.org" }));
    }

    [Test]
    public async Task Storing_replaces_one_resource_server_and_keeps_the_others()
    {
        using var storage = kind.Create(_folder);
        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(
            TokenSamples.Data("transfer.api.globus.org"), TokenSamples.Data("auth.globus.org")));
        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org", "-new", 2_100_000_000)));

        Assert.That((await storage.GetTokenDataAsync("transfer.api.globus.org"))!.AccessToken, Is.EqualTo(TokenSamples.AccessSecret + "-new"));
        Assert.That((await storage.GetTokenDataAsync("transfer.api.globus.org"))!.ExpiresAtSeconds, Is.EqualTo(2_100_000_000));
        Assert.That((await storage.GetTokenDataAsync("auth.globus.org"))!.AccessToken, Is.EqualTo(TokenSamples.AccessSecret));
    }

    [Test]
    public async Task A_token_written_by_another_object_over_the_same_store_is_seen()
    {
        if (kind.ToString() is "memory" or "sqlite-memory")
        {
            Assert.Ignore("a memory store is private to its object");
        }

        using (var first = kind.Create(_folder))
        {
            await first.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org")));
        }

        using var second = kind.Create(_folder);
        Assert.That((await second.GetTokenDataAsync("transfer.api.globus.org"))!.RefreshToken, Is.EqualTo(TokenSamples.RefreshSecret));
    }

    [Test]
    public async Task Namespaces_in_one_store_do_not_see_each_other()
    {
        if (kind.ToString() is "memory" or "sqlite-memory")
        {
            Assert.Ignore("a memory store is private to its object");
        }

        using var alice = kind.Create(_folder, "alice");
        using var bob = kind.Create(_folder, "bob");
        await alice.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org", "-alice")));
        await bob.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org", "-bob")));
        await bob.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("auth.globus.org", "-bob")));

        Assert.That((await alice.GetTokenDataAsync("transfer.api.globus.org"))!.AccessToken, Does.EndWith("-alice"));
        Assert.That((await alice.GetTokenDataByResourceServerAsync()).Keys, Is.EquivalentTo(new[] { "transfer.api.globus.org" }));
        Assert.That((await bob.GetTokenDataAsync("transfer.api.globus.org"))!.AccessToken, Does.EndWith("-bob"));
        Assert.That(await alice.RemoveTokenDataAsync("auth.globus.org"), Is.False);
        Assert.That(await bob.GetTokenDataAsync("auth.globus.org"), Is.Not.Null);
    }

    [Test]
    public async Task No_token_appears_in_ToString()
    {
        using var storage = kind.Create(_folder);
        await storage.StoreTokenDataByResourceServerAsync(TokenSamples.ByResourceServer(TokenSamples.Data("transfer.api.globus.org")));
        var data = (await storage.GetTokenDataAsync("transfer.api.globus.org"))!;

        foreach (var text in new[] { data.ToString(), storage.ToString()! })
        {
            Assert.That(text, Does.Not.Contain(TokenSamples.AccessSecret).And.Not.Contain(TokenSamples.RefreshSecret));
        }

        Assert.That(data.ToString(), Does.Contain("transfer.api.globus.org").And.Contain("REDACTED").And.Contain("2000000000"));
    }
}
