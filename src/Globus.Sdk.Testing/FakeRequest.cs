using System.Text.Json.Nodes;

namespace Globus.Sdk.Testing;

/// <summary>A request the fake received, with the operation it was recognised as.</summary>
public sealed class FakeRequest
{
    internal FakeRequest(
        string service,
        SpecOperation? operation,
        string method,
        string path,
        IReadOnlyDictionary<string, string> pathParameters,
        IReadOnlyDictionary<string, IReadOnlyList<string>> query,
        IReadOnlyDictionary<string, string> headers,
        string body)
    {
        Service = service;
        Operation = operation;
        Method = method;
        Path = path;
        PathParameters = pathParameters;
        Query = query;
        Headers = headers;
        Body = body;
    }

    /// <summary>The service the request was sent to, such as <c>transfer</c>.</summary>
    public string Service { get; }

    /// <summary>The spec operation the request was recognised as, or null (a path no spec describes, such as the token endpoint).</summary>
    public SpecOperation? Operation { get; }

    /// <summary>The C# method name of <see cref="Operation"/> (<c>GetTaskAsync</c>), or null.</summary>
    public string? MethodName => Operation?.MethodName;

    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path relative to the service's base URL, starting with <c>/</c>, as sent (escaped).</summary>
    public string Path { get; }

    /// <summary>The values of the path template's parameters, unescaped (<c>task_id</c> for <c>/v0.10/task/{task_id}</c>).</summary>
    public IReadOnlyDictionary<string, string> PathParameters { get; }

    /// <summary>The query parameters; a name sent several times has several values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Query { get; }

    /// <summary>The request headers (names compared without regard to case), one value each (repeated ones joined with commas).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body as text; empty when there is none.</summary>
    public string Body { get; }

    /// <summary>The body read as JSON, or null when it is empty or not JSON.</summary>
    public JsonNode? Json
    {
        get
        {
            try
            {
                return string.IsNullOrWhiteSpace(Body) ? null : JsonNode.Parse(Body);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The body read as an HTML form (<c>application/x-www-form-urlencoded</c>), as the token endpoints receive it.</summary>
    public IReadOnlyDictionary<string, string> Form =>
        Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .GroupBy(pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')), StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => string.Join(" ", group.Select(pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : string.Empty)),
                StringComparer.Ordinal);

    /// <summary>The first value of a query parameter, or null.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <returns>The value, or null when it was not sent.</returns>
    public string? QueryValue(string name) => Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>The bearer token of the <c>Authorization</c> header, or null.</summary>
    public string? BearerToken =>
        Headers.TryGetValue("Authorization", out var value) && value.StartsWith("Bearer ", StringComparison.Ordinal) ? value["Bearer ".Length..] : null;

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {Service}{Path}" + (Operation is null ? string.Empty : $" ({Operation.MethodName})");
}
