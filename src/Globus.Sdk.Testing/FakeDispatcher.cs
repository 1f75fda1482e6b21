using System.Text;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace Globus.Sdk.Testing;

/// <summary>
/// The fake's one WireMock mapping: it recognises the service and operation of each request, records it,
/// and answers with what was loaded for that operation, or with a message saying what to load.
/// </summary>
internal static class FakeDispatcher
{
    // Mappings users add keep WireMock's default priority (0) and so win over this one.
    private const int FallbackPriority = 1_000_000;

    public static void Attach(GlobusFake fake) =>
        fake.Server
            .Given(Request.Create().WithPath(new RegexMatcher("^/.*")).UsingAnyMethod())
            .AtPriority(FallbackPriority)
            .RespondWith(Response.Create().WithCallback(message => ToWireMock(Answer(fake, message))));

    private static CannedResponse Answer(GlobusFake fake, IRequestMessage message)
    {
        // The raw path, so an escaped slash inside a path parameter stays one segment.
        var path = Uri.TryCreate(message.AbsoluteUrl, UriKind.Absolute, out var url) ? url.AbsolutePath : message.AbsolutePath;
        var slash = path.IndexOf('/', 1);
        var serviceName = slash < 0 ? path.Trim('/') : path[1..slash];
        var relative = slash < 0 ? "/" : path[slash..];
        if (!SpecCatalog.Services.ContainsKey(serviceName))
        {
            return CannedResponse.Error(404, "GlobusFake.UnknownService",
                $"The fake serves /<service>/...; '{serviceName}' is not one of: {string.Join(", ", SpecCatalog.Services.Keys)}.");
        }

        var service = fake.Service(serviceName);
        var operation = service.FindOperation(message.Method, relative, out var pathParameters);
        var request = new FakeRequest(serviceName, operation, message.Method.ToUpperInvariant(), relative, pathParameters, Query(message), Headers(message), message.Body ?? string.Empty);
        fake.Record(request);
        if (fake.CheckGates(request) is { } refused)
        {
            return refused;
        }

        var handler = service.FindHandler(request);
        if (handler is not null)
        {
            return handler(request);
        }

        return operation is null
            ? CannedResponse.Error(404, "GlobusFake.UnknownPath", $"No {serviceName} operation is {request.Method} {relative}.")
            : CannedResponse.Error(501, "GlobusFake.NothingLoaded",
                $"Nothing is loaded for {serviceName} {operation.MethodName} ({request.Method} {relative}): call " +
                $"fake.Service(\"{serviceName}\").LoadResponse(\"{operation.MethodName}\") first.");
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Query(IRequestMessage message) =>
        (message.Query ?? new Dictionary<string, WireMockList<string>>())
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToArray(), StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, string> Headers(IRequestMessage message) =>
        (message.Headers ?? new Dictionary<string, WireMockList<string>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);

    private static ResponseMessage ToWireMock(CannedResponse answer)
    {
        var response = new ResponseMessage { StatusCode = answer.Status };
        foreach (var (name, value) in answer.Headers)
        {
            response.AddHeader(name, value);
        }

        if (answer.BodyText.Length > 0)
        {
            response.AddHeader("Content-Type", "application/json");
            response.BodyData = new BodyData
            {
                BodyAsString = answer.BodyText,
                DetectedBodyType = BodyType.String,
                Encoding = Encoding.UTF8,
            };
        }

        return response;
    }
}
