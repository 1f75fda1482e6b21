using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Globus.Sdk.Tests.Support;
using Globus.Sdk.Transfer;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Transfer;

/// <summary>
/// The v3.0 activation family, retired by the service: on the wire with their diagnostic ids
/// suppressed, the readings of <see cref="ActivationRequirementsResponse"/> as the v3.0 Python SDK
/// defined them, and every retired Transfer method's <c>[Obsolete]</c> id.
/// </summary>
#pragma warning disable GLOBUS121, GLOBUS122, GLOBUS123, GLOBUS124 // the retired activation calls are what is tested here
public class TransferActivationTests : WireMockTestBase
{
    private const string Ep = "ep/1";
    private const string EpPath = "ep%2F1";
    private static readonly DateTimeOffset Now = new(2016, 10, 18, 12, 0, 0, TimeSpan.Zero);

    private RecordingHandler _recorder = null!;
    private TransferClient _client = null!;

    [SetUp]
    public void NewClient()
    {
        _recorder = new RecordingHandler();
        _client = new TransferClient(options: Options(o => o.HttpMessageHandler = _recorder));
    }

    private void Answer(string body) =>
        Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    private static ActivationRequirementsResponse Requirements(string json) =>
        JsonSerializer.Deserialize(json, TransferJsonContext.Default.ActivationRequirementsResponse)! with { ReadAt = Now };

    [Test]
    public async Task EndpointAutoactivate_posts_with_if_expires_in_and_reads_the_code()
    {
        Answer("""{"DATA_TYPE": "activation_result", "code": "AutoActivated.CachedCredential", "expires_in": 43200, "endpoint": "ep-1"}""");

        var result = (await _client.EndpointAutoactivateAsync(Ep, ifExpiresIn: 3600, queryParams: [new("x", "1")])).Value;

        Assert.That(SingleRequest.Method, Is.EqualTo("POST"));
        Assert.That(_recorder.PathsAndQueries, Is.EqualTo(new[] { $"/v0.10/endpoint/{EpPath}/autoactivate?if_expires_in=3600&x=1" }));
        ExactRequestAssertions.AssertNoBody(SingleRequest);
        Assert.That($"{result.Code}|{result.ExpiresIn}|{result.Endpoint}", Is.EqualTo("AutoActivated.CachedCredential|43200|ep-1"));
    }

    [Test]
    public async Task EndpointAutoactivate_without_if_expires_in_sends_no_query()
    {
        Answer("""{"code": "AlreadyActivated"}""");

        await _client.EndpointAutoactivateAsync(Ep);

        Assert.That(_recorder.PathsAndQueries, Is.EqualTo(new[] { $"/v0.10/endpoint/{EpPath}/autoactivate" }));
    }

    [Test]
    public async Task EndpointDeactivate_posts_without_a_body()
    {
        Answer("""{"DATA_TYPE": "result", "code": "Deactivated"}""");

        var result = (await _client.EndpointDeactivateAsync(Ep)).Value;

        Assert.That(SingleRequest.Method, Is.EqualTo("POST"));
        Assert.That(_recorder.PathsAndQueries, Is.EqualTo(new[] { $"/v0.10/endpoint/{EpPath}/deactivate" }));
        Assert.That(result.Code, Is.EqualTo("Deactivated"));
    }

    [Test]
    public async Task EndpointGetActivationRequirements_reads_the_document_then_EndpointActivate_sends_it_back_filled_in()
    {
        Answer("""
            {"DATA_TYPE": "activation_requirements", "activated": false, "auto_activation_supported": false, "expires_in": 0, "oauth_server": null, "length": 2,
             "DATA": [
               {"DATA_TYPE": "activation_requirement", "type": "myproxy", "name": "hostname", "value": null, "required": true, "private": false, "ui_name": "MyProxy Server"},
               {"DATA_TYPE": "activation_requirement", "type": "myproxy", "name": "passphrase", "value": null, "required": true, "private": true, "ui_name": "Passphrase"}
             ]}
            """);

        var requirements = (await _client.EndpointGetActivationRequirementsAsync(Ep)).Value;

        Assert.That(SingleRequest.Method, Is.EqualTo("GET"));
        Assert.That(_recorder.PathsAndQueries, Is.EqualTo(new[] { $"/v0.10/endpoint/{EpPath}/activation_requirements" }));
        Assert.That(requirements.Select(r => r.Name), Is.EqualTo(new[] { "hostname", "passphrase" }));
        Assert.That(requirements.SupportsWebActivation, Is.True);

        Server.Reset();
        Answer("""{"DATA_TYPE": "activation_result", "code": "Activated.MyProxyCredential", "expires_in": 43200}""");
        var filled = requirements with
        {
            Data = [requirements.Data![0] with { Value = "myproxy.example.org" }, requirements.Data[1] with { Value = "pass" }],
        };

        var result = (await _client.EndpointActivateAsync(Ep, filled)).Value;

        Assert.That(SingleRequest.Method, Is.EqualTo("POST"));
        Assert.That(_recorder.PathsAndQueries[^1], Is.EqualTo($"/v0.10/endpoint/{EpPath}/activate"));
        var sent = JsonNode.Parse(SingleRequest.Body!)!;
        Assert.That(sent["DATA"]![0]!["value"]!.GetValue<string>(), Is.EqualTo("myproxy.example.org"));
        Assert.That(sent["DATA"]![1]!["value"]!.GetValue<string>(), Is.EqualTo("pass"));
        Assert.That(sent["DATA_TYPE"]!.GetValue<string>(), Is.EqualTo("activation_requirements"));
        Assert.That(result.Code, Is.EqualTo("Activated.MyProxyCredential"));
    }

    [Test]
    public void The_activation_calls_refuse_empty_ids_and_a_missing_document_before_any_request()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.EndpointAutoactivateAsync(""))!.ParamName, Is.EqualTo("endpointId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.EndpointDeactivateAsync(" "))!.ParamName, Is.EqualTo("endpointId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.EndpointActivateAsync("", new Dictionary<string, object?>()))!.ParamName, Is.EqualTo("endpointId"));
            Assert.That(Assert.ThrowsAsync<ArgumentException>(() => _client.EndpointGetActivationRequirementsAsync(""))!.ParamName, Is.EqualTo("endpointId"));
            Assert.That(Assert.ThrowsAsync<ArgumentNullException>(() => _client.EndpointActivateAsync(Ep, null!))!.ParamName, Is.EqualTo("requirementsData"));
        });
        Assert.That(Server.LogEntries, Is.Empty);
    }

    [Test]
    public void AlwaysActivated_is_an_expires_in_of_minus_one()
    {
        Assert.That(Requirements("""{"activated": true, "expires_in": -1}""").AlwaysActivated, Is.True);
        Assert.That(Requirements("""{"activated": true, "expires_in": 3600}""").AlwaysActivated, Is.False);
        Assert.That(Requirements("""{"activated": false}""").AlwaysActivated, Is.False);
    }

    [Test]
    public void SupportsAutoActivation_reads_auto_activation_supported()
    {
        Assert.That(Requirements("""{"auto_activation_supported": true, "DATA": []}""").SupportsAutoActivation, Is.True);
        Assert.That(Requirements("""{"auto_activation_supported": false, "DATA": []}""").SupportsAutoActivation, Is.False);
        Assert.That(Requirements("""{"DATA": []}""").SupportsAutoActivation, Is.False);
    }

    [TestCase("""{"auto_activation_supported": true, "oauth_server": null, "DATA": []}""", true, TestName = "Web_activation_is_implied_by_autoactivation")]
    [TestCase("""{"auto_activation_supported": false, "oauth_server": "oauth.example.org", "DATA": []}""", true, TestName = "Web_activation_works_with_an_OAuth_server")]
    [TestCase("""{"auto_activation_supported": false, "oauth_server": null, "DATA": [{"type": "myproxy", "name": "hostname"}]}""", true, TestName = "Web_activation_works_with_a_myproxy_requirement")]
    [TestCase("""{"auto_activation_supported": false, "oauth_server": null, "DATA": [{"type": "delegate_myproxy", "name": "hostname"}]}""", true, TestName = "Web_activation_works_with_a_delegate_myproxy_requirement")]
    [TestCase("""{"auto_activation_supported": false, "oauth_server": null, "DATA": [{"type": "delegate_proxy", "name": "proxy_chain"}]}""", false, TestName = "Web_activation_does_not_work_with_only_a_delegate_proxy")]
    [TestCase("""{"auto_activation_supported": false}""", false, TestName = "Web_activation_does_not_work_with_nothing_listed")]
    public void SupportsWebActivation_follows_the_v3_rules(string json, bool expected) =>
        Assert.That(Requirements(json).SupportsWebActivation, Is.EqualTo(expected));

    [Test]
    public void ActiveUntil_counts_relative_times_from_when_the_document_was_read()
    {
        var clock = new FakeTimeProvider(Now);
        var requirements = Requirements("""{"activated": true, "expires_in": 3600}""");

        Assert.That(requirements.ActiveUntil(3599, relativeTime: true, clock), Is.True);
        Assert.That(requirements.ActiveUntil(3600, relativeTime: true, clock), Is.False, "the activation ends at exactly that moment");

        // Time spent after reading the document shortens what is left, as the Python SDK fixes the expiry on arrival.
        clock.Advance(TimeSpan.FromMinutes(30));
        Assert.That(requirements.ActiveUntil(1799, relativeTime: true, clock), Is.True);
        Assert.That(requirements.ActiveUntil(1800, relativeTime: true, clock), Is.False);
    }

    [Test]
    public void ActiveUntil_compares_a_POSIX_timestamp_with_the_expiry_when_relative_time_is_false()
    {
        var clock = new FakeTimeProvider(Now.AddDays(3));
        var requirements = Requirements("""{"activated": true, "expires_in": 3600}""");
        var expiry = Now.ToUnixTimeSeconds() + 3600;

        Assert.That(requirements.ActiveUntil(expiry - 1, relativeTime: false, clock), Is.True, "the clock is not read for absolute times");
        Assert.That(requirements.ActiveUntil(expiry, relativeTime: false, clock), Is.False);
    }

    [Test]
    public void ActiveUntil_is_false_for_an_inactive_endpoint_and_true_for_one_that_never_expires()
    {
        var clock = new FakeTimeProvider(Now);

        Assert.That(Requirements("""{"activated": false, "expires_in": 3600}""").ActiveUntil(1, true, clock), Is.False);
        Assert.That(Requirements("""{"expires_in": 3600}""").ActiveUntil(1, true, clock), Is.False);
        Assert.That(Requirements("""{"activated": true, "expires_in": -1}""").ActiveUntil(int.MaxValue, true, clock), Is.True);
        Assert.That(Requirements("""{"activated": true, "expires_in": -1}""").ActiveUntil(4_102_444_800, false, clock), Is.True);
        Assert.That(Requirements("""{"activated": true}""").ActiveUntil(1, true, clock), Is.False, "no expires_in says nothing about the future");
        Assert.That(() => Requirements("{}").ActiveUntil(1, true, null!), Throws.ArgumentNullException);
    }

    [Test]
    public void ActiveUntil_with_the_system_clock_treats_a_fresh_document_as_just_read()
    {
        var requirements = JsonSerializer.Deserialize("""{"activated": true, "expires_in": 3600}""", TransferJsonContext.Default.ActivationRequirementsResponse)!;

        Assert.That(requirements.ActiveUntil(60), Is.True);
        Assert.That(requirements.ActiveUntil(7200), Is.False);
        Assert.That(requirements.ReadAt, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)));
    }

    private static IEnumerable<TestCaseData> RetiredMethods()
    {
        yield return new TestCaseData("CreateEndpointAsync", "GLOBUS120");
        yield return new TestCaseData("EndpointAutoactivateAsync", "GLOBUS121");
        yield return new TestCaseData("EndpointDeactivateAsync", "GLOBUS122");
        yield return new TestCaseData("EndpointActivateAsync", "GLOBUS123");
        yield return new TestCaseData("EndpointGetActivationRequirementsAsync", "GLOBUS124");
        yield return new TestCaseData("AddEndpointServerAsync", "GLOBUS125");
        yield return new TestCaseData("UpdateEndpointServerAsync", "GLOBUS126");
        yield return new TestCaseData("DeleteEndpointServerAsync", "GLOBUS127");
        yield return new TestCaseData("OperationSymlinkAsync", "GLOBUS128");
    }

    [TestCaseSource(nameof(RetiredMethods))]
    public void Each_retired_v3_method_is_obsolete_with_its_own_diagnostic_id(string method, string id)
    {
        var obsolete = typeof(TransferClient).GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!.GetCustomAttribute<ObsoleteAttribute>();

        Assert.That(obsolete, Is.Not.Null);
        Assert.That(obsolete!.DiagnosticId, Is.EqualTo(id));
        Assert.That(obsolete.IsError, Is.False);
    }

    [Test]
    public void The_current_endpoint_methods_are_not_obsolete()
    {
        var retired = RetiredMethods().Select(c => (string)c.Arguments[0]!).ToHashSet();
        var current = typeof(TransferClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !retired.Contains(m.Name) && m.GetCustomAttribute<ObsoleteAttribute>() is not null)
            .Select(m => m.Name);

        Assert.That(current, Is.Empty);
    }
}
#pragma warning restore GLOBUS121, GLOBUS122, GLOBUS123, GLOBUS124
