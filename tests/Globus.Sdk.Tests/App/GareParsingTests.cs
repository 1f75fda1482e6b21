using System.Text.Json;

namespace Globus.Sdk.Tests.App;

/// <summary>Every shape of authorization requirements error the Python SDK's <c>to_gare</c> accepts.</summary>
public class GareParsingTests
{
    private static GlobusAuthorizationParameters? Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return GlobusAuthorizationParameters.From(document.RootElement.Clone());
    }

    [TestCase("""{"code": "AuthorizationRequired", "authorization_parameters": {"session_message": "m", "required_scopes": ["s1"]}}""", "s1", "m", TestName = "Canonical GARE")]
    [TestCase("""{"code": "ConsentRequired", "message": "msg", "required_scopes": ["s2"]}""", "s2", "msg", TestName = "Transfer ConsentRequired")]
    [TestCase("""{"code": "ConsentRequired", "required_scope": "s3", "description": "d"}""", "s3", "d", TestName = "Action provider ConsentRequired")]
    [TestCase("""{"error": "dependent_consent_required", "errors": [{"unapproved_scopes": ["s4"]}]}""", "s4", null, TestName = "Auth dependent_consent_required")]
    [TestCase("""{"code": "Errors", "errors": [{"code": "ConsentRequired", "required_scopes": ["s5"], "message": "inner"}]}""", "s5", "inner", TestName = "GARE inside errors")]
    public void Each_shape_gives_the_scopes_and_message(string json, string scope, string? message)
    {
        var parameters = Parse(json);

        Assert.That(parameters, Is.Not.Null);
        Assert.That(parameters!.RequiredScopes, Is.EqualTo(new[] { scope }));
        Assert.That(parameters.SessionMessage, Is.EqualTo(message));
    }

    [Test]
    public void Legacy_authorization_parameters_split_comma_separated_policies_and_domains()
    {
        var parameters = Parse("""
            {"authorization_parameters": {"session_required_policies": "p1,p2", "session_required_single_domain": "example.org",
             "session_required_identities": ["id1"], "session_required_mfa": true, "prompt": "login"}}
            """)!;

        Assert.That(parameters.SessionRequiredPolicies, Is.EqualTo(new[] { "p1", "p2" }));
        Assert.That(parameters.SessionRequiredSingleDomain, Is.EqualTo(new[] { "example.org" }));
        Assert.That(parameters.SessionRequiredIdentities, Is.EqualTo(new[] { "id1" }));
        Assert.That(parameters.SessionRequiredMfa, Is.True);
        Assert.That(parameters.Prompt, Is.EqualTo("login"));
        Assert.That(parameters.RequiredScopes, Is.Null);
    }

    [TestCase("""{"code": "NotFound", "message": "no such task"}""")]
    [TestCase("""{"code": "ConsentRequired"}""")]
    [TestCase("""["not", "an", "object"]""")]
    public void Other_errors_are_not_authorization_requirements(string json) =>
        Assert.That(Parse(json), Is.Null);
}
