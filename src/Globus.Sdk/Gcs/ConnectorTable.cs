namespace Globus.Sdk.Gcs;

/// <summary>
/// The known Globus Connect Server connectors, by name and by id (Python's <c>ConnectorTable</c>).
/// </summary>
/// <example>
/// <code>
/// var posix = ConnectorTable.POSIX.ConnectorId;               // 145812c8-decc-41f1-83cf-bb2a85a2a70b
/// var azure = ConnectorTable.Lookup("azure-blob");           // by name, any case, with '-', '_' or ' '
/// var same = ConnectorTable.Lookup("9436da0c-a444-11eb-af93-12704e0d6a4d"); // or by id
/// </code>
/// </example>
public static class ConnectorTable
{
    /// <summary>ActiveScale.</summary>
    public static GlobusConnectServerConnector ActiveScale { get; } = new("ActiveScale", "7251f6c8-93c9-11eb-95ba-12704e0d6a4d");

    /// <summary>Azure Blob.</summary>
    public static GlobusConnectServerConnector AzureBlob { get; } = new("Azure Blob", "9436da0c-a444-11eb-af93-12704e0d6a4d");

    /// <summary>BlackPearl.</summary>
    public static GlobusConnectServerConnector BlackPearl { get; } = new("BlackPearl", "7e3f3f5e-350c-4717-891a-2f451c24b0d4");

    /// <summary>Box.</summary>
    public static GlobusConnectServerConnector Box { get; } = new("Box", "7c100eae-40fe-11e9-95a3-9cb6d0d9fd63");

    /// <summary>Ceph.</summary>
    public static GlobusConnectServerConnector Ceph { get; } = new("Ceph", "1b6374b0-f6a4-4cf7-a26f-f262d9c6ca72");

    /// <summary>Dropbox.</summary>
    public static GlobusConnectServerConnector Dropbox { get; } = new("Dropbox", "49b00fd6-63f1-48ae-b27f-d8af4589f876");

    /// <summary>Google Cloud Storage.</summary>
    public static GlobusConnectServerConnector GoogleCloudStorage { get; } = new("Google Cloud Storage", "56366b96-ac98-11e9-abac-9cb6d0d9fd63");

    /// <summary>Google Drive.</summary>
    public static GlobusConnectServerConnector GoogleDrive { get; } = new("Google Drive", "976cf0cf-78c3-4aab-82d2-7c16adbcc281");

    /// <summary>HPSS.</summary>
    public static GlobusConnectServerConnector HPSS { get; } = new("HPSS", "fb656a17-0f69-4e59-95ff-d0a62ca7bdf5");

    /// <summary>iRODS.</summary>
    public static GlobusConnectServerConnector Irods { get; } = new("iRODS", "e47b6920-ff57-11ea-8aaa-000c297ab3c2");

    /// <summary>POSIX.</summary>
    public static GlobusConnectServerConnector POSIX { get; } = new("POSIX", "145812c8-decc-41f1-83cf-bb2a85a2a70b");

    /// <summary>POSIX Staging.</summary>
    public static GlobusConnectServerConnector POSIXStaging { get; } = new("POSIX Staging", "052be037-7dda-4d20-b163-3077314dc3e6");

    /// <summary>OneDrive.</summary>
    public static GlobusConnectServerConnector OneDrive { get; } = new("OneDrive", "28ef55da-1f97-11eb-bdfd-12704e0d6a4d");

    /// <summary>S3.</summary>
    public static GlobusConnectServerConnector S3 { get; } = new("S3", "7643e831-5f6c-4b47-a07f-8ee90f401d23");

    /// <summary>Every known connector, in the Python SDK's order.</summary>
    /// <returns>The connectors.</returns>
    public static IEnumerable<GlobusConnectServerConnector> AllConnectors() =>
        [ActiveScale, AzureBlob, BlackPearl, Box, Ceph, Dropbox, GoogleCloudStorage, GoogleDrive, HPSS, Irods, POSIX, POSIXStaging, OneDrive, S3];

    /// <summary>
    /// The connector of a name or id, or null when none is known. Names are compared after normalizing: case is
    /// ignored, and runs of spaces, dashes and underscores are equal (<c>Google Drive</c>, <c>google-drive</c>,
    /// <c>gOOgle_dRiVe</c>), as the Python SDK compares them.
    /// </summary>
    /// <param name="nameOrId">A connector's name or id.</param>
    /// <returns>The connector, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrId"/> is null.</exception>
    public static GlobusConnectServerConnector? Lookup(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        var normalized = Normalize(nameOrId);
        return AllConnectors().FirstOrDefault(c => normalized == c.ConnectorId || normalized == Normalize(c.Name));
    }

    // Python's _normalize_name: strip, collapse [_\- ]+ to '-', lower case.
    private static string Normalize(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name.Trim(), "[_\\- ]+", "-").ToLowerInvariant();
}
