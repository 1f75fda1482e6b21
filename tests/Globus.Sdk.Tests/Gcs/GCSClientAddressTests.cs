using Globus.Sdk.Gcs;

namespace Globus.Sdk.Tests.Gcs;

/// <summary>
/// The base URL a <see cref="GCSClient"/> is made with, as the Python SDK builds it from an address or a URL, and
/// the addresses refused because they could send credentials elsewhere.
/// </summary>
public class GCSClientAddressTests
{
    [TestCase("abc123.8443.data.globus.org", "https://abc123.8443.data.globus.org/api/")]
    [TestCase("gcs.example.org:8443", "https://gcs.example.org:8443/api/")]
    [TestCase("192.0.2.7", "https://192.0.2.7/api/")]
    [TestCase("https://gcs.example.org", "https://gcs.example.org/api/")]
    [TestCase("https://gcs.example.org/", "https://gcs.example.org/api/")]
    [TestCase("https://gcs.example.org/api", "https://gcs.example.org/api/")]
    [TestCase("https://gcs.example.org/api/", "https://gcs.example.org/api/")]
    [TestCase("https://gcs.example.org/prefix", "https://gcs.example.org/prefix/api/")]
    [TestCase("https://gcs.example.org:8443/prefix/api/", "https://gcs.example.org:8443/prefix/api/")]
    public void An_address_or_url_becomes_the_api_base_url(string gcsAddress, string expected)
    {
        var client = new GCSClient(gcsAddress);

        Assert.That(client.BaseUrl, Is.EqualTo(new Uri(expected)));
        Assert.That(client.ServiceName, Is.EqualTo("globus_connect_server"));
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase("gcs.example.org/steal?")]
    [TestCase("user@gcs.example.org")]
    [TestCase("gcs.example.org:99999")]
    [TestCase("http://gcs.example.org")]
    [TestCase("https://user:pw@gcs.example.org/api/")]
    [TestCase("https://gcs.example.org/api/?x=1")]
    [TestCase("https://gcs.example.org/api/#f")]
    [TestCase("https://gcs.example.org/../api/")]
    [TestCase("https://gcs.example.org/%2e%2e/api/")]
    [TestCase("https://gcs.example.org\r\nX: y/api/")]
    [TestCase("https://")]
    public void An_address_that_could_move_the_url_is_refused(string gcsAddress)
    {
        var error = Assert.Throws<ArgumentException>(() => _ = new GCSClient(gcsAddress))!;

        Assert.That(error.ParamName, Is.EqualTo("gcsAddress"));
    }

    [Test]
    public void A_null_address_is_refused()
    {
        Assert.That(() => new GCSClient(null!), Throws.InstanceOf<ArgumentNullException>().With.Property("ParamName").EqualTo("gcsAddress"));
    }

    [Test]
    public void The_options_base_url_replaces_the_address_for_a_test_double()
    {
        var client = new GCSClient("gcs.example.org", options: new GlobusClientOptions { BaseUrl = new Uri("http://127.0.0.1:5000/fake/") });

        Assert.That(client.BaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:5000/fake/")));
    }

    [Test]
    public void The_scope_helpers_build_Pythons_scope_strings()
    {
        var endpoint = GCSClient.GetGcsEndpointScopes("ep-1");
        var collection = GCSClient.GetGcsCollectionScopes("col-1");

        Assert.Multiple(() =>
        {
            Assert.That(endpoint.ResourceServer, Is.EqualTo("ep-1"));
            Assert.That(endpoint.ManageCollections, Is.EqualTo("urn:globus:auth:scope:ep-1:manage_collections"));
            Assert.That(endpoint, Is.EqualTo(new[] { "urn:globus:auth:scope:ep-1:manage_collections" }));
            Assert.That(collection.DataAccess, Is.EqualTo("https://auth.globus.org/scopes/col-1/data_access"));
            Assert.That(collection.Https, Is.EqualTo("https://auth.globus.org/scopes/col-1/https"));
            Assert.That(collection, Is.EqualTo(new[] { collection.DataAccess, collection.Https }));
            Assert.That(new GCSCollectionScopes("col-1").DataAccess, Is.EqualTo(collection.DataAccess));
            Assert.That(() => new GCSEndpointScopes(" "), Throws.ArgumentException);
            Assert.That(() => GCSClient.GetGcsCollectionScopes(""), Throws.ArgumentException);
        });
    }
}
