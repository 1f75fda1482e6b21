namespace Globus.Sdk;

/// <summary>How the SDK's own handler checks server certificates; one shared handler exists per value.</summary>
/// <param name="VerifyCertificates">False only for test servers: any certificate is accepted.</param>
/// <param name="CaBundlePath">A PEM file whose certificates replace the system's trust store, or null.</param>
internal readonly record struct TlsConfiguration(bool VerifyCertificates, string? CaBundlePath)
{
    public static TlsConfiguration Default => new(true, null);
}
