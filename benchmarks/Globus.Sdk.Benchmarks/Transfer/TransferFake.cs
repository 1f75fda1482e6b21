using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// A loopback Transfer in this process (Kestrel, plain http on 127.0.0.1 and a free port): the endpoint
/// document, <c>task_list</c> (offset and total) and <c>endpoint_manager/task_list</c> (last key and
/// has_next_page) in pages of 1,000 tasks. Bodies are built once and written with a Content-Length, so
/// the server's own cost is the same for both clients.
/// </summary>
internal sealed class TransferFake : IAsyncDisposable
{
    public const int PageSize = 1000;

    private readonly WebApplication _app;
    private readonly byte[] _items = TransferDocuments.TaskItems(PageSize);
    private readonly int _totalTasks;

    private TransferFake(WebApplication app, int totalTasks)
    {
        _app = app;
        _totalTasks = totalTasks;
    }

    /// <summary>The base URL of the fake, ending with a slash.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Starts a fake whose task lists hold <paramref name="totalTasks"/> tasks (a multiple of 1,000).</summary>
    public static async Task<TransferFake> StartAsync(int totalTasks)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new TransferFake(app, totalTasks);
        app.MapGet("/v0.10/endpoint/{id}", (HttpContext context) => WriteAsync(context, TransferDocuments.Endpoint));
        app.MapGet("/v0.10/task_list", fake.TaskListAsync);
        app.MapGet("/v0.10/endpoint_manager/task_list", fake.EndpointManagerTaskListAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private Task TaskListAsync(HttpContext context)
    {
        var offset = int.TryParse(context.Request.Query["offset"], CultureInfo.InvariantCulture, out var value) ? value : 0;
        return WritePageAsync(context, TransferDocuments.TaskListPrefix(PageSize, offset, _totalTasks), "]}");
    }

    private Task EndpointManagerTaskListAsync(HttpContext context)
    {
        var lastKey = int.TryParse(context.Request.Query["last_key"], CultureInfo.InvariantCulture, out var value) ? value : 0;
        var next = lastKey + PageSize;
        var more = next < _totalTasks;
        var prefix = $$"""{"DATA_TYPE":"task_list","has_next_page":{{(more ? "true" : "false")}},"last_key":{{(more ? $"\"{next}\"" : "null")}},"DATA":[""";
        return WritePageAsync(context, prefix, "]}");
    }

    private async Task WritePageAsync(HttpContext context, string prefix, string suffix)
    {
        var head = Encoding.UTF8.GetBytes(prefix);
        var tail = Encoding.UTF8.GetBytes(suffix);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = head.Length + _items.Length + tail.Length;
        await context.Response.Body.WriteAsync(head).ConfigureAwait(false);
        await context.Response.Body.WriteAsync(_items).ConfigureAwait(false);
        await context.Response.Body.WriteAsync(tail).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body).ConfigureAwait(false);
    }
}
