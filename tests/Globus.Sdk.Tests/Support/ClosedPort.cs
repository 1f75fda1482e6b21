using System.Net;
using System.Net.Sockets;

namespace Globus.Sdk.Tests.Support;

/// <summary>A loopback port nothing listens on, so connecting to it is refused.</summary>
public static class ClosedPort
{
    public static int Find()
    {
        // Free a moment ago: the listener that was given it has stopped.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
