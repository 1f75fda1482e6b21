using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Globus.Sdk.Testing;

/// <summary>
/// One operation of a service, as its spec describes it: the C# method that calls it, the request it
/// sends, and the example answers the fake can give.
/// </summary>
public sealed class SpecOperation
{
    private readonly Regex _pathPattern;

    internal SpecOperation(
        string service,
        string operationId,
        string methodName,
        string httpMethod,
        string pathTemplate,
        IReadOnlyDictionary<string, CannedResponse> variants,
        SpecPaging? paging,
        string? itemsProperty)
    {
        Service = service;
        OperationId = operationId;
        MethodName = methodName;
        HttpMethod = httpMethod;
        PathTemplate = pathTemplate;
        Variants = variants;
        Paging = paging;
        ItemsProperty = itemsProperty;
        _pathPattern = PathTemplates.ToRegex(pathTemplate);
        LiteralLength = PathTemplates.LiteralLength(pathTemplate);
    }

    /// <summary>The service's name, such as <c>transfer</c>.</summary>
    public string Service { get; }

    /// <summary>The spec's <c>operationId</c>: the Python SDK's method name, such as <c>get_task</c>.</summary>
    public string OperationId { get; }

    /// <summary>The C# method of the service's client, such as <c>GetTaskAsync</c>.</summary>
    public string MethodName { get; }

    /// <summary>The HTTP method, upper case.</summary>
    public string HttpMethod { get; }

    /// <summary>The path relative to the service's base URL, with <c>{parameters}</c>, such as <c>/v0.10/task/{task_id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>
    /// The canned answers taken from the spec, by variant name: <c>default</c> (the first 2xx example), one per
    /// documented status (<c>"202"</c>), the media type's named <c>examples</c>, and the errors every Globus
    /// operation can give (<c>unauthorized</c>, <c>forbidden</c>, <c>not_found</c>, <c>server_error</c>).
    /// </summary>
    public IReadOnlyDictionary<string, CannedResponse> Variants { get; }

    /// <summary>How the operation pages (its <c>x-globus-paging</c>), or null when it does not.</summary>
    public SpecPaging? Paging { get; }

    /// <summary>The array property of the answer that holds its items (<c>x-globus-items</c>), or null.</summary>
    public string? ItemsProperty { get; }

    internal int LiteralLength { get; }

    internal bool Matches(string method, string relativePath, out IReadOnlyDictionary<string, string> pathParameters)
    {
        pathParameters = EmptyParameters;
        if (!string.Equals(method, HttpMethod, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var match = _pathPattern.Match(relativePath);
        if (!match.Success)
        {
            return false;
        }

        pathParameters = _pathPattern.GetGroupNames()
            .Where(name => !int.TryParse(name, out _))
            .ToDictionary(name => name, name => Uri.UnescapeDataString(match.Groups[name].Value), StringComparer.Ordinal);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Service} {MethodName} ({HttpMethod} {PathTemplate})";

    private static readonly IReadOnlyDictionary<string, string> EmptyParameters = new Dictionary<string, string>();
}
