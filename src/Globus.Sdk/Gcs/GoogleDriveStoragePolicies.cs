using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of a Google Drive storage gateway (Python's <c>GoogleDriveStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>google_drive_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class GoogleDriveStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="clientId">The client id registered with Google to access Google Drive. Private.</param>
    /// <param name="secret">The secret of that client (secret). Private.</param>
    /// <param name="userApiRateQuota">The user API rate quota of the client id.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public GoogleDriveStoragePolicies(
        string dataType = "google_drive_storage_policies#1.0.0",
        string? clientId = null,
        string? secret = null,
        int? userApiRateQuota = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("client_id", clientId);
        SetIfGiven("secret", secret);
        SetIfGiven("user_api_rate_quota", userApiRateQuota);
        SetAll(additionalFields);
    }
}
