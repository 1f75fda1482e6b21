namespace Globus.Sdk.Gcs;

/// <summary>
/// The fields of GCS documents that hold credentials beyond the names every document redacts (<c>secret</c>,
/// <c>*_secret</c>, ...): the connectors' own names, kept out of <see cref="PayloadDocument.ToString"/>.
/// </summary>
internal static class GCSSecretFields
{
    private static readonly HashSet<string> ConnectorSecrets = new(StringComparer.Ordinal)
    {
        "ceph_admin_secret_key", "service_account_key", "boxAppSettings", "authenticator", "s3_secret_key", "secret_key",
    };

    public static bool IsSecret(string name) => ConnectorSecrets.Contains(name) || SecretRedaction.IsSecretName(name);
}
