using System.Reflection;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Every client, including those a spec adds later, against every error format a Globus service writes (and
/// those a service's own exception reads: Timers' and Flows' <c>error</c> object, FastAPI validation lists): a
/// service that quotes the caller's token anywhere in its error body never gets it into the exception's
/// rendered text. Only the raw body keeps it.
/// </summary>
public class EveryErrorFormatRedactionTests : WireMockTestBase
{
    private const string Token = "reflected-token-0123456789";

    // The formats every client reads, and those only a service's own exception reads (Timers' and Flows' "error"
    // object): for those, other clients read nothing, so there is nothing to redact.
    private static readonly (string Name, string ContentType, string Body, bool ReadByAll)[] Formats =
    [
        ("type_zero", "application/json", """{"code": "Bad TOKEN", "message": "You sent TOKEN", "request_id": "TOKEN"}""", true),
        ("json_api", "application/vnd.api+json", """{"errors": [{"code": "Bad TOKEN", "detail": "Quoting TOKEN", "title": "TOKEN", "id": "TOKEN"}]}""", true),
        ("auth_errors", "application/json", """{"errors": [{"code": "Bad TOKEN", "detail": "Quoting TOKEN"}], "error": "invalid_request TOKEN"}""", true),
        ("error_object_validation", "application/json", """{"error": {"code": "Bad TOKEN", "detail": [{"loc": ["body", "TOKEN"], "msg": "echo TOKEN"}], "message": "TOKEN"}, "request_id": "TOKEN"}""", false),
        ("error_object_detail", "application/json", """{"error": {"code": "Bad TOKEN", "detail": "Quoting TOKEN", "request_id": "TOKEN"}}""", false),
        ("fastapi_detail_list", "application/json", """{"detail": [{"loc": ["body", "TOKEN"], "msg": "field TOKEN required"}, {"loc": ["query", "x"], "msg": "TOKEN"}]}""", true),
        ("fastapi_detail_string", "application/json", """{"detail": "Not allowed: TOKEN"}""", true),
        ("oauth", "application/json", """{"error": "invalid_grant TOKEN", "error_description": "The token TOKEN is unknown"}""", true),
    ];

    /// <summary>Each client type, with its operations fewest required arguments first, against each error format.</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        from client in ReflectedClients.ClientTypes()
        let operations = client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType!.IsSubclassOf(typeof(BaseClient)) && ReflectedClients.ReturnsResponse(m))
            .OrderBy(m => m.GetParameters().Count(p => !p.IsOptional)).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToArray()
        where operations.Length > 0 && SendsTheCallersToken(client)
        from format in Formats
        select new TestCaseData(client, operations, format.ContentType, format.Body.Replace("TOKEN", Token, StringComparison.Ordinal), format.ReadByAll)
            .SetName($"{client.Name}_{format.Name}");

    [Test]
    public void Every_client_type_with_an_operation_is_covered()
    {
        var clients = Cases().Select(c => ((Type)c.Arguments[0]!).Name).Distinct().ToList();

        Assert.That(clients, Is.SupersetOf(new[] { "TransferClient", "SearchClient", "AuthClient", "GroupsClient", "TimersClient", "FlowsClient", "SpecificFlowClient", "GCSClient", "ComputeClientV2", "ComputeClientV3" }));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task A_token_the_service_quotes_is_never_rendered(Type clientType, MethodInfo[] operations, string contentType, string body, bool readByAll)
    {
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", contentType).WithBody(body));
        var client = ReflectedClients.Create(clientType, Options(o => o.RetryPolicy = new RetryPolicy(maxRetries: 0)));
        var error = await FirstErrorAsync(client, operations);

        var rendered = RenderedTexts.Of(error);
        Assert.Multiple(() =>
        {
            Assert.That(error.RawText, Does.Contain(Token), "the raw body is kept as received");
            if (readByAll || error.Messages.Count > 0)
            {
                Assert.That(error.Message, Does.Contain(SecretRedaction.Redacted), "something the service said was read");
            }

            foreach (var (where, text) in rendered)
            {
                Assert.That(text ?? string.Empty, Does.Not.Contain(Token), $"{where} shows the token");
            }
        });
    }

    /// <summary>The error of the first operation the harmless arguments get past the SDK's own checks.</summary>
    private static async Task<GlobusApiException> FirstErrorAsync(BaseClient client, MethodInfo[] operations)
    {
        foreach (var operation in operations)
        {
            try
            {
                await (Task)operation.Invoke(client, ReflectedClients.Arguments(operation))!;
            }
            catch (GlobusApiException error)
            {
                return error;
            }
            catch (Exception refused) when (refused is ArgumentException or GlobusSdkUsageException
                || refused is TargetInvocationException { InnerException: ArgumentException or GlobusSdkUsageException })
            {
                // Refused before sending: the next operation may take the harmless arguments.
            }
        }

        throw new AssertionException($"No operation of {client.GetType().Name} raised a GlobusApiException on a 400.");
    }

    // The login clients send client credentials, not a bearer token: CredentialEchoTests covers those.
    private static bool SendsTheCallersToken(Type clientType) =>
        ReflectedClients.Create(clientType, new GlobusClientOptions { BaseUrl = new Uri("http://127.0.0.1:9/") }).Authorizer is AccessTokenAuthorizer;

}
