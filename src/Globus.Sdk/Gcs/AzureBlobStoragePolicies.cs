using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of an Azure Blob storage gateway (Python's <c>AzureBlobStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>azure_blob_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class AzureBlobStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="clientId">The client id registered with Microsoft to access Azure Blob. Private.</param>
    /// <param name="secret">The secret of that client (secret). Private.</param>
    /// <param name="tenant">The Microsoft tenant users log in from. Private.</param>
    /// <param name="account">The Azure Storage account. Private.</param>
    /// <param name="authType"><c>user</c>, <c>service_principal</c> or <c>user_service_principal</c>.</param>
    /// <param name="adls">Whether ADLS is supported. Private.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public AzureBlobStoragePolicies(
        string dataType = "azure_blob_storage_policies#1.0.0",
        string? clientId = null,
        string? secret = null,
        string? tenant = null,
        string? account = null,
        string? authType = null,
        bool? adls = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("client_id", clientId);
        SetIfGiven("secret", secret);
        SetIfGiven("tenant", tenant);
        SetIfGiven("account", account);
        SetIfGiven("auth_type", authType);
        SetIfGiven("adls", adls);
        SetAll(additionalFields);
    }
}
