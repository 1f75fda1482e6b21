namespace Globus.Sdk.Gcs;

/// <summary>
/// The connector-specific collection policies of a <see cref="MappedCollectionDocument"/> (Python's
/// <c>CollectionPolicies</c>): one subclass per connector, such as <see cref="POSIXCollectionPolicies"/>.
/// </summary>
public abstract class CollectionPolicies : PayloadDocument
{
    private protected CollectionPolicies()
    {
    }
}
