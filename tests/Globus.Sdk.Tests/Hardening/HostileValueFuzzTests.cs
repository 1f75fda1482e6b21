using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transport;

namespace Globus.Sdk.Tests.Hardening;

/// <summary>
/// Issue 15, the fuzz-style check: every operation of every client (found by reflection, so operations added
/// later are covered without touching this test) is called with each hostile value in each of its string
/// parameters. Each call is either refused before any request (an <see cref="ArgumentException"/> or a
/// <see cref="GlobusSdkUsageException"/>), or sent to the operation's own path, with the value percent-encoded
/// where the operation puts it.
/// </summary>
public class HostileValueFuzzTests : WireMockTestBase
{
    private static readonly string[] HostileValues =
    [
        ".", "..", "%2e%2e", "%2E%2E", ".%2e", "/", "//", "?", "#", "\r", "\n", "\0", "\r\nX-Injected: yes",
        "../../etc", "..\\..", "a/../b", "%00", "%2F", "&x=1", "=", " ", new string('a', 70_000), new string('.', 3_000),
    ];

    private RecordingHandler _recorder = null!;

    [SetUp]
    public void AnswerEverything()
    {
        _recorder = new RecordingHandler();
        Server.AnswerInTurn(ScriptedAnswers.Status(200, "{}"));
    }

    /// <summary>Every public operation that sends a request: a method of a client type returning a task of a response.</summary>
    public static IEnumerable<TestCaseData> Operations() =>
        from client in typeof(BaseClient).Assembly.GetExportedTypes()
        where client.IsSubclassOf(typeof(BaseClient)) && !client.IsAbstract
        from method in client.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        where method.DeclaringType != typeof(BaseClient) && method.DeclaringType!.IsSubclassOf(typeof(BaseClient))
            && ReflectedClients.ReturnsResponse(method) && method.GetParameters().Any(p => IsFuzzed(p.ParameterType))
        orderby client.Name, method.Name, method.GetParameters().Length
        select new TestCaseData(client, method).SetName($"{client.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.Name))})");

    [Test]
    public void Every_client_type_is_found_with_its_operations()
    {
        var names = Operations().Select(c => c.TestName!).ToList();

        Assert.That(names, Has.Count.GreaterThan(100));
        Assert.That(names, Has.Some.StartsWith("TransferClient.GetEndpointAsync"));
        Assert.That(names, Has.Some.StartsWith("SearchClient.DeleteIndexAsync"));
        Assert.That(names, Has.Some.StartsWith("AuthClient.DeleteClientAsync"));
        Assert.That(names, Has.Some.StartsWith("GroupsClient.SetMembershipFieldsAsync"));
        Assert.That(names, Has.Some.StartsWith("NativeAppAuthClient.OAuth2RefreshTokenAsync"));
    }

    [TestCaseSource(nameof(Operations))]
    public async Task Each_hostile_value_is_refused_before_any_request_or_sent_encoded_to_the_intended_path(Type clientType, MethodInfo operation)
    {
        var client = CreateClient(clientType);
        var parameters = operation.GetParameters();
        var benign = parameters.Select((p, i) => $"benign{i}value").ToArray();
        var failures = new List<string>();
        var referencesSent = 0;

        for (var i = 0; i < parameters.Length; i++)
        {
            if (!IsFuzzed(parameters[i].ParameterType))
            {
                continue;
            }

            // The reference: the same call with a harmless value in this parameter.
            var baseline = await CallAsync(client, operation, Arguments(parameters, benign, i, benign[i]));
            referencesSent += baseline.Sent is null ? 0 : 1;
            foreach (var hostile in HostileValues)
            {
                var outcome = await CallAsync(client, operation, Arguments(parameters, benign, i, hostile));
                if (Judge(outcome, baseline, benign[i], hostile) is { } failure)
                {
                    failures.Add($"{parameters[i].Name} = {Show(hostile)}: {failure}");
                }
            }
        }

        Assert.That(failures, Is.Empty);
        Assert.That(referencesSent, Is.GreaterThan(0), "no call of this operation with harmless values was sent, so nothing was proven");
    }

    /// <summary>Null when the outcome is acceptable, else why not.</summary>
    private static string? Judge(Outcome outcome, Outcome baseline, string benign, string hostile)
    {
        if (outcome.Sent is null)
        {
            return outcome.Error is ArgumentException or GlobusSdkUsageException
                ? null
                : $"not sent, but raised {outcome.Error?.GetType().FullName ?? "nothing"}: {Show(outcome.Error?.Message ?? string.Empty)}";
        }

        // Once sent, the test server's own refusal (a 400 for %00, a 414 for a very long URL) is its business.
        if (outcome.Error is not null and not GlobusApiException)
        {
            return $"sent {Show(outcome.Sent)}, then raised {outcome.Error.GetType().FullName}: {Show(outcome.Error.Message)}";
        }

        if (baseline.Sent is null)
        {
            return $"sent {Show(outcome.Sent)}, although the same call with harmless values was not";
        }

        var (basePath, baseQuery) = Split(baseline.Sent);
        var (path, query) = Split(outcome.Sent);
        var encoded = Uri.EscapeDataString(hostile);
        var expectedPath = basePath.Contains(benign, StringComparison.Ordinal) ? basePath.Replace(benign, encoded, StringComparison.Ordinal) : basePath;
        if (path != expectedPath)
        {
            return $"sent to {Show(path)} instead of {Show(expectedPath)}";
        }

        return baseQuery.Contains(benign, StringComparison.Ordinal) && !query.Contains(encoded, StringComparison.Ordinal)
            ? $"query {Show(query)} does not carry the value percent-encoded"
            : null;
    }

    private async Task<Outcome> CallAsync(BaseClient client, MethodInfo operation, object?[] arguments)
    {
        lock (_recorder.PathsAndQueries)
        {
            _recorder.PathsAndQueries.Clear();
        }

        Exception? error = null;
        try
        {
            await (Task)operation.Invoke(client, arguments)!;
        }
        catch (TargetInvocationException e)
        {
            error = e.InnerException;
        }
        catch (Exception e)
        {
            error = e;
        }

        lock (_recorder.PathsAndQueries)
        {
            return new Outcome(_recorder.PathsAndQueries.FirstOrDefault(), error);
        }
    }

    private BaseClient CreateClient(Type clientType)
    {
        var options = Options(o =>
        {
            o.HttpMessageHandler = _recorder;
            o.RetryPolicy = new RetryPolicy(maxRetries: 0);
        });
        var client = ReflectedClients.Create(clientType, options);

        // A login client exchanges a code only within a flow: start one, as its users do.
        if (clientType.GetMethod("OAuth2StartFlow") is { } startFlow)
        {
            startFlow.Invoke(client, startFlow.GetParameters()
                .Select(p => p.IsOptional ? Type.Missing : p.ParameterType == typeof(string) ? "https://app.example.org/callback" : null)
                .ToArray());
        }
        else if (client is Globus.Sdk.Auth.AuthLoginClient login)
        {
            login.CurrentOAuth2FlowManager = new Globus.Sdk.Auth.GlobusNativeAppFlowManager(login);
        }

        return client;
    }

    private static object?[] Arguments(ParameterInfo[] parameters, string[] benign, int fuzzed, string? hostile) =>
        parameters.Select((p, i) =>
        {
            var value = i == fuzzed ? hostile! : benign[i];
            if (p.ParameterType == typeof(string))
            {
                return i == fuzzed || !p.IsOptional ? value : Type.Missing;
            }

            if (IsFuzzed(p.ParameterType))
            {
                return i == fuzzed || !p.IsOptional ? new[] { value } : Type.Missing;
            }

            return p.IsOptional ? Type.Missing : Required(p.ParameterType);
        }).ToArray();

    /// <summary>A harmless value for a required parameter that is not fuzzed.</summary>
    private static object? Required(Type type) => type switch
    {
        _ when type == typeof(CancellationToken) => CancellationToken.None,
        _ when type == typeof(object) || type == typeof(JsonNode) || type == typeof(JsonObject) => new JsonObject(),
        // A document (a flow definition, a run's input): default(JsonElement) holds no JSON and is refused.
        _ when type == typeof(JsonElement) => JsonDocument.Parse("{}").RootElement.Clone(),
        _ when type.IsValueType => Activator.CreateInstance(type),
        // A document keyed by ids (Groups' preferences and membership fields): an empty one.
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) =>
            Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments())),
        _ when type.GetConstructor(Type.EmptyTypes) is { } constructor => constructor.Invoke(null),
        _ => null,
    };


    private static bool IsFuzzed(Type type) =>
        type == typeof(string) || type == typeof(IEnumerable<string>) || type == typeof(string[]) || type == typeof(IReadOnlyList<string>);

    private static (string Path, string Query) Split(string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (pathAndQuery, string.Empty) : (pathAndQuery[..question], pathAndQuery[question..]);
    }

    private static string Show(string text) =>
        (text.Length > 120 ? text[..120] + $"...({text.Length} chars)" : text).Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0");

    private sealed record Outcome(string? Sent, Exception? Error);
}
