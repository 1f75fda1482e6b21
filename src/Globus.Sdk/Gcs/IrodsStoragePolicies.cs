using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of an iRODS storage gateway (Python's <c>IrodsStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>irods_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class IrodsStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="irodsEnvironmentFile">The path of the iRODS environment file on the endpoint.</param>
    /// <param name="irodsAuthenticationFile">The path of the iRODS authentication file on the endpoint.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public IrodsStoragePolicies(
        string dataType = "irods_storage_policies#1.0.0",
        string? irodsEnvironmentFile = null,
        string? irodsAuthenticationFile = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("irods_environment_file", irodsEnvironmentFile);
        SetIfGiven("irods_authentication_file", irodsAuthenticationFile);
        SetAll(additionalFields);
    }
}
