using System.Net;
using System.Net.Sockets;
using System.Text;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, class 8: many concurrent calls through clients on the SDK's shared connection pool open at most
/// <see cref="GlobusClientOptions.MaxConnectionsPerServer"/> TCP connections to one server; counted on a raw
/// loopback socket, since WireMock does not show connections.
/// </summary>
public class ConnectionLimitSocketTests
{
    [TestCase(3, 200)]
    [TestCase(null, 300)]
    public async Task Concurrent_calls_share_at_most_the_limit_of_connections(int? limit, int calls)
    {
        using var server = new CountingHttpServer();
        var client = new BaseClient("transfer", null, new GlobusClientOptions
        {
            BaseUrl = server.Url,
            MaxConnectionsPerServer = limit,
            RetryPolicy = new RetryPolicy(maxRetries: 0),
        });

        var answers = await Task.WhenAll(Enumerable.Range(0, calls).Select(i => client.GetAsync($"/v0.10/task/{i}")));

        Assert.That(answers.Select(a => a.HttpStatus), Is.All.EqualTo(200));
        Assert.That(server.Requests, Is.EqualTo(calls));
        Assert.That(server.Connections, Is.InRange(1, limit ?? GlobusClientOptions.DefaultMaxConnectionsPerServer));
    }

    [Test]
    public void A_limit_below_one_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BaseClient("transfer", null, new GlobusClientOptions { MaxConnectionsPerServer = 0 }));

        Assert.That(error!.ParamName, Is.EqualTo(nameof(GlobusClientOptions.MaxConnectionsPerServer)));
    }

    /// <summary>An HTTP/1.1 server on loopback that answers every GET with <c>{}</c> and counts connections.</summary>
    private sealed class CountingHttpServer : IDisposable
    {
        private static readonly byte[] Answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"u8.ToArray();
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private int _connections;
        private int _requests;

        public CountingHttpServer()
        {
            _listener.Start(1000);
            _ = AcceptAsync();
        }

        public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

        public int Connections => Volatile.Read(ref _connections);

        public int Requests => Volatile.Read(ref _requests);

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient connection;
                try
                {
                    connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                Interlocked.Increment(ref _connections);
                _ = ServeAsync(connection);
            }
        }

        private async Task ServeAsync(TcpClient connection)
        {
            using (connection)
            {
                var stream = connection.GetStream();
                var buffer = new byte[8192];
                var pending = new StringBuilder();
                try
                {
                    while (!_stop.IsCancellationRequested)
                    {
                        var read = await stream.ReadAsync(buffer, _stop.Token);
                        if (read == 0)
                        {
                            return;
                        }

                        pending.Append(Encoding.ASCII.GetString(buffer, 0, read));
                        int end;
                        while ((end = pending.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal)) >= 0)
                        {
                            pending.Remove(0, end + 4);
                            Interlocked.Increment(ref _requests);
                            await stream.WriteAsync(Answer, _stop.Token);
                        }
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
                {
                }
            }
        }
    }
}
