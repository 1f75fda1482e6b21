using System.Text.Json.Nodes;

namespace Globus.Sdk.Gcs;

/// <summary>
/// The storage policies of an HPSS storage gateway (Python's <c>HPSSStoragePolicies</c>), for the <c>policies</c> of a <see cref="StorageGatewayDocument"/>.
/// </summary>
/// <remarks>Its <c>DATA_TYPE</c> is <c>hpss_storage_policies#1.0.0</c> unless given. A parameter left null is not sent; to send an explicit <c>null</c>, set the field with the indexer (<c>doc["description"] = null</c>).</remarks>
public sealed class HPSSStoragePolicies : StorageGatewayPolicies
{
    /// <summary>Creates the policies document.</summary>
    /// <param name="dataType">The versioned document type.</param>
    /// <param name="authenticationMech">The authentication mechanism to use with HPSS.</param>
    /// <param name="authenticator">The authentication credentials to use with HPSS (secret).</param>
    /// <param name="udaChecksumSupport">Whether checksums are stored in metadata.</param>
    /// <param name="additionalFields">More fields, written last: one named like a parameter above replaces it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataType"/> is null.</exception>
    public HPSSStoragePolicies(
        string dataType = "hpss_storage_policies#1.0.0",
        string? authenticationMech = null,
        string? authenticator = null,
        bool? udaChecksumSupport = null,
        IEnumerable<KeyValuePair<string, JsonNode?>>? additionalFields = null)
    {
        ArgumentNullException.ThrowIfNull(dataType);
        SetField("DATA_TYPE", dataType);
        SetIfGiven("authentication_mech", authenticationMech);
        SetIfGiven("authenticator", authenticator);
        SetIfGiven("uda_checksum_support", udaChecksumSupport);
        SetAll(additionalFields);
    }
}
