using Globus.Sdk.Gcs;

namespace Globus.Sdk.Tests.Gcs;

/// <summary>Python's <c>ConnectorTable</c>: the known connectors, looked up by id or by a normalized name.</summary>
public class ConnectorTableTests
{
    [TestCase("Azure Blob")]
    [TestCase("azure-blob")]
    [TestCase("AZURE_BLOB")]
    [TestCase("  azure _- blob ")]
    [TestCase("9436da0c-a444-11eb-af93-12704e0d6a4d")]
    [TestCase("9436DA0C-A444-11EB-AF93-12704E0D6A4D")]
    public void Lookup_finds_a_connector_by_name_or_id(string nameOrId)
    {
        Assert.That(ConnectorTable.Lookup(nameOrId), Is.SameAs(ConnectorTable.AzureBlob));
    }

    [TestCase("gOOgle_dRiVe", "Google Drive", "976cf0cf-78c3-4aab-82d2-7c16adbcc281")]
    [TestCase("posix", "POSIX", "145812c8-decc-41f1-83cf-bb2a85a2a70b")]
    [TestCase("posix staging", "POSIX Staging", "052be037-7dda-4d20-b163-3077314dc3e6")]
    [TestCase("irods", "iRODS", "e47b6920-ff57-11ea-8aaa-000c297ab3c2")]
    [TestCase("7643e831-5f6c-4b47-a07f-8ee90f401d23", "S3", "7643e831-5f6c-4b47-a07f-8ee90f401d23")]
    public void Lookup_gives_the_canonical_name_and_id(string nameOrId, string name, string id)
    {
        var connector = ConnectorTable.Lookup(nameOrId)!;

        Assert.That(connector.Name, Is.EqualTo(name));
        Assert.That(connector.ConnectorId, Is.EqualTo(id));
    }

    [TestCase("")]
    [TestCase("FTP")]
    [TestCase("145812c8")]
    public void Lookup_of_an_unknown_name_or_id_is_null(string nameOrId)
    {
        Assert.That(ConnectorTable.Lookup(nameOrId), Is.Null);
    }

    [Test]
    public void Every_known_connector_is_listed_once_in_Pythons_order()
    {
        var connectors = ConnectorTable.AllConnectors().ToList();

        Assert.That(connectors.Select(c => c.Name), Is.EqualTo(new[]
        {
            "ActiveScale", "Azure Blob", "BlackPearl", "Box", "Ceph", "Dropbox", "Google Cloud Storage", "Google Drive",
            "HPSS", "iRODS", "POSIX", "POSIX Staging", "OneDrive", "S3",
        }));
        Assert.That(connectors.Select(c => c.ConnectorId), Is.Unique);
        Assert.That(connectors.All(c => ConnectorTable.Lookup(c.Name) == c && ConnectorTable.Lookup(c.ConnectorId) == c), Is.True);
    }

    [Test]
    public void Lookup_of_null_is_refused()
    {
        Assert.That(() => ConnectorTable.Lookup(null!), Throws.ArgumentNullException);
    }
}
