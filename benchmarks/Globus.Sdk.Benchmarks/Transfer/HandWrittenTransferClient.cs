using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Globus.Sdk.Benchmarks.Transfer;

/// <summary>
/// What a careful hand-written Transfer client does: one shared <see cref="HttpClient"/>, each body read
/// into a pooled buffer and walked once with <see cref="Utf8JsonReader"/>, reading only what it uses.
/// </summary>
internal sealed class HandWrittenTransferClient : IDisposable
{
    private readonly HttpClient _http;

    public HandWrittenTransferClient(Uri baseUrl, string token)
        : this(baseUrl, token, new SocketsHttpHandler())
    {
    }

    /// <summary>A client sending through <paramref name="transport"/> instead of the network.</summary>
    public HandWrittenTransferClient(Uri baseUrl, string token, HttpMessageHandler transport)
    {
        _http = new HttpClient(transport) { BaseAddress = baseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    private delegate T BodyReader<T>(ReadOnlySpan<byte> body);

    public void Dispose() => _http.Dispose();

    public Task<HandEndpoint> GetEndpointAsync(string endpointId) =>
        GetAsync("v0.10/endpoint/" + Uri.EscapeDataString(endpointId), ReadEndpoint);

    public Task<TaskPageSummary> TaskListAsync(int offset) =>
        GetAsync($"v0.10/task_list?limit={TransferFake.PageSize}&offset={offset}", ReadTaskPage);

    public Task<TaskPageSummary> EndpointManagerTaskListAsync(string? lastKey) =>
        GetAsync(lastKey is null ? "v0.10/endpoint_manager/task_list" : "v0.10/endpoint_manager/task_list?last_key=" + Uri.EscapeDataString(lastKey), ReadTaskPage);

    /// <summary>Walks every page of <c>endpoint_manager/task_list</c>; the summary of the whole walk.</summary>
    public async Task<TaskPageSummary> WalkEndpointManagerTasksAsync()
    {
        var walk = new TaskPageSummary();
        string? lastKey = null;
        do
        {
            var page = await EndpointManagerTaskListAsync(lastKey).ConfigureAwait(false);
            walk.Add(page);
            lastKey = page.HasNextPage ? page.LastKey : null;
        }
        while (lastKey is not null);
        return walk;
    }

    private async Task<T> GetAsync<T>(string pathAndQuery, BodyReader<T> read)
    {
        using var response = await _http.GetAsync(pathAndQuery, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var length = checked((int)response.Content.Headers.ContentLength!.Value);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            await stream.ReadExactlyAsync(buffer.AsMemory(0, length)).ConfigureAwait(false);
            return read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static HandEndpoint ReadEndpoint(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var endpoint = new HandEndpoint();
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8)) { reader.Read(); endpoint.Id = reader.GetString(); }
            else if (reader.ValueTextEquals("display_name"u8)) { reader.Read(); endpoint.DisplayName = reader.GetString(); }
            else if (reader.ValueTextEquals("owner_string"u8)) { reader.Read(); endpoint.OwnerString = reader.GetString(); }
            else if (reader.ValueTextEquals("entity_type"u8)) { reader.Read(); endpoint.EntityType = reader.GetString(); }
            else if (reader.ValueTextEquals("gcs_version"u8)) { reader.Read(); endpoint.GcsVersion = reader.GetString(); }
            else if (reader.ValueTextEquals("activated"u8)) { reader.Read(); endpoint.Activated = reader.GetBoolean(); }
            else if (reader.ValueTextEquals("expires_in"u8)) { reader.Read(); endpoint.ExpiresIn = reader.GetInt32(); }
            else { reader.Read(); reader.Skip(); }
        }

        return endpoint;
    }

    private static TaskPageSummary ReadTaskPage(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var page = new TaskPageSummary();
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("total"u8)) { reader.Read(); page.Total = reader.GetInt32(); }
            else if (reader.ValueTextEquals("has_next_page"u8)) { reader.Read(); page.HasNextPage = reader.GetBoolean(); }
            else if (reader.ValueTextEquals("last_key"u8)) { reader.Read(); page.LastKey = reader.GetString(); }
            else if (reader.ValueTextEquals("DATA"u8))
            {
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadTask(ref reader, ref page);
                }
            }
            else { reader.Read(); reader.Skip(); }
        }

        return page;
    }

    private static void ReadTask(ref Utf8JsonReader reader, ref TaskPageSummary page)
    {
        page.Tasks++;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("status"u8)) { reader.Read(); page.Active += reader.ValueTextEquals("ACTIVE"u8) ? 1 : 0; }
            else if (reader.ValueTextEquals("bytes_transferred"u8)) { reader.Read(); page.Bytes += reader.GetInt64(); }
            else { reader.Read(); reader.Skip(); }
        }
    }
}

/// <summary>The few endpoint fields the hand-written client reads.</summary>
internal sealed class HandEndpoint
{
    public string? Id { get; set; }
    public string? DisplayName { get; set; }
    public string? OwnerString { get; set; }
    public string? EntityType { get; set; }
    public string? GcsVersion { get; set; }
    public bool Activated { get; set; }
    public int ExpiresIn { get; set; }
}

/// <summary>What a walk over tasks computes: how many, how many active, how many bytes moved.</summary>
public struct TaskPageSummary
{
    public int Tasks;
    public int Active;
    public long Bytes;
    public int Total;
    public bool HasNextPage;
    public string? LastKey;

    public void Add(TaskPageSummary page)
    {
        Tasks += page.Tasks;
        Active += page.Active;
        Bytes += page.Bytes;
    }
}
