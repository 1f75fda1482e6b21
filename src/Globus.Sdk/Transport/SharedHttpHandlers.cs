using System.Collections.Concurrent;
using System.Net.Security;
using System.Runtime.CompilerServices;
using System.Security.Cryptography.X509Certificates;

namespace Globus.Sdk.Transport;

/// <summary>
/// The SDK's own connection pools: one <see cref="SocketsHttpHandler"/> per TLS configuration and
/// per-server connection limit, shared by every client in the process and never disposed. Creating a
/// client per web request therefore opens no sockets of its own, pooled connections are recycled so DNS
/// changes are seen, and however many calls run at once, one server gets at most
/// <see cref="GlobusClientOptions.MaxConnectionsPerServer"/> connections (the others wait for one).
/// </summary>
internal static class SharedHttpHandlers
{
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);
    private static readonly ConcurrentDictionary<(TlsConfiguration Tls, int MaxConnectionsPerServer), Lazy<HttpMessageInvoker>> Invokers = new();

    public static HttpMessageInvoker Get(TlsConfiguration tls, int maxConnectionsPerServer) =>
        Invokers.GetOrAdd((tls, maxConnectionsPerServer), static key => new Lazy<HttpMessageInvoker>(() => Create(key.Tls, key.MaxConnectionsPerServer))).Value;

    private static HttpMessageInvoker Create(TlsConfiguration tls, int maxConnectionsPerServer)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = PooledConnectionLifetime,
            // No AutomaticDecompression: the SDK asks for and undoes compression itself (ContentDecoding), for less per call.
            MaxConnectionsPerServer = maxConnectionsPerServer,
        };

        if (!tls.VerifyCertificates)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }
        else if (tls.CaBundlePath is { } caBundlePath)
        {
            TrustOnly(handler, caBundlePath);
        }

        return new HttpMessageInvoker(handler, disposeHandler: true);
    }

    // Apart, and never inlined: certificate collections derive from CollectionBase, so a process that names no CA
    // bundle would otherwise load System.Collections.NonGeneric only to compile Create.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void TrustOnly(SocketsHttpHandler handler, string caBundlePath)
    {
        var roots = new X509Certificate2Collection();
        roots.ImportFromPemFile(caBundlePath);
        handler.SslOptions.RemoteCertificateValidationCallback =
            (_, certificate, chain, errors) => IsTrustedBy(roots, certificate, chain, errors);
    }

    private static bool IsTrustedBy(
        X509Certificate2Collection roots, X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        // A name mismatch or a missing certificate is never excused by a custom trust store.
        if (certificate is not X509Certificate2 leaf || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return chain.Build(leaf);
    }
}
