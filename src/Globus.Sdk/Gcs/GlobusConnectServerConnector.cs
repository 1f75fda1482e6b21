namespace Globus.Sdk.Gcs;

/// <summary>A Globus Connect Server connector: its name and id (Python's <c>GlobusConnectServerConnector</c>).</summary>
/// <param name="Name">The connector's name, such as <c>POSIX</c> or <c>Azure Blob</c>.</param>
/// <param name="ConnectorId">The connector's id, the <c>connector_id</c> of storage gateways that use it.</param>
public sealed record GlobusConnectServerConnector(string Name, string ConnectorId);
