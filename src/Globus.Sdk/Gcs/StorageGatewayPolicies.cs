namespace Globus.Sdk.Gcs;

/// <summary>
/// The connector-specific storage policies of a <see cref="StorageGatewayDocument"/> (Python's
/// <c>StorageGatewayPolicies</c>): one subclass per connector, such as <see cref="POSIXStoragePolicies"/>.
/// </summary>
/// <remarks>
/// Fields marked private in the subclasses are visible only to the storage gateway's administrators. Credentials
/// among them (a <c>secret</c>, a <c>ceph_admin_secret_key</c>, ...) are not shown by <see cref="PayloadDocument.ToString"/>.
/// </remarks>
public abstract class StorageGatewayPolicies : PayloadDocument
{
    private protected StorageGatewayPolicies()
    {
    }

    private protected override bool IsSecretField(string name) => GCSSecretFields.IsSecret(name);
}
