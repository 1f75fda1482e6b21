using Globus.Sdk.Authorizers;
using Globus.Sdk.Gcs;

namespace Globus.Sdk.Testing.Tests;

/// <summary>
/// A GCS client names its endpoint's host, so it reaches the fake through <see cref="GlobusFake.Gcs"/>'s client
/// options; the canned answers are the examples of specs/gcs.yaml, unpacked as the real service's would be.
/// </summary>
public class GcsFakeTests
{
    private GlobusFake _fake = null!;

    [SetUp]
    public void Start() => _fake = new GlobusFake();

    [TearDown]
    public void Stop() => _fake.Dispose();

    [Test]
    public async Task A_GCS_client_reaches_the_fake_with_its_client_options()
    {
        _fake.Gcs.LoadResponse(nameof(GCSClient.GetCollectionAsync));
        _fake.Gcs.LoadResponse(nameof(GCSClient.GetGcsInfoAsync));
        var client = new GCSClient("gcs.example.org", new AccessTokenAuthorizer("token-1"), _fake.Gcs.ClientOptions());

        var collection = (await client.GetCollectionAsync("c/1")).Value;
        var clientId = await client.GetEndpointClientIdAsync();

        Assert.That(collection.CollectionType, Is.EqualTo("mapped"));
        Assert.That(clientId, Is.EqualTo("0d8f3a1c-6b0e-4d4b-9a61-7fd1c1a0e0a4"));
        Assert.That(_fake.Gcs.Requests.Select(r => r.Path), Is.EqualTo(new[] { "/collections/c%2F1", "/info" }));
        Assert.That(_fake.Gcs.Requests.Select(r => r.BearerToken), Is.EqualTo(new[] { "token-1", null }));
    }
}
