namespace Globus.Sdk.Tests.Errors;

/// <summary>
/// <see cref="GlobusApiException.Info"/>: authorization parameters and consent-required scopes,
/// found wherever a service puts them, and safe to read when it sent none.
/// </summary>
public class ErrorInfoTests : ErrorWireTestBase
{
    [Test]
    public void Authorization_parameters_at_top_level_fill_every_field()
    {
        Answer(403, """
            {"code": "AuthorizationRequired", "message": "Session reauthentication required", "request_id": "r-1",
             "authorization_parameters": {
               "session_message": "Log in with your university identity",
               "session_required_identities": ["id-1", "id-2"],
               "session_required_policies": "policy-1, policy-2",
               "session_required_single_domain": ["uchicago.edu", "anl.gov"],
               "session_required_mfa": true,
               "required_scopes": ["urn:globus:auth:scope:transfer.api.globus.org:all"],
               "prompt": "login",
               "not_modelled": 1}}
            """);

        var error = CallAndCatch();

        var parameters = error.Info.AuthorizationParameters;
        Assert.Multiple(() =>
        {
            Assert.That(parameters.IsPresent, Is.True);
            Assert.That(parameters.SessionMessage, Is.EqualTo("Log in with your university identity"));
            Assert.That(parameters.SessionRequiredIdentities, Is.EqualTo(new[] { "id-1", "id-2" }));
            Assert.That(parameters.SessionRequiredPolicies, Is.EqualTo(new[] { "policy-1", "policy-2" }), "a comma-separated string");
            Assert.That(parameters.SessionRequiredSingleDomain, Is.EqualTo(new[] { "uchicago.edu", "anl.gov" }));
            Assert.That(parameters.SessionRequiredMfa, Is.True);
            Assert.That(parameters.RequiredScopes, Is.EqualTo(new[] { "urn:globus:auth:scope:transfer.api.globus.org:all" }));
            Assert.That(parameters.Prompt, Is.EqualTo("login"));
            Assert.That(error.Info.ConsentRequired.IsPresent, Is.False, "the code is not ConsentRequired");
            Assert.That(error.Errors.Single().AuthorizationParameters.SessionRequiredIdentities, Is.EqualTo(new[] { "id-1", "id-2" }));
        });
    }

    [Test]
    public void Authorization_parameters_inside_an_errors_entry_fill_info_and_that_entry()
    {
        Answer(403, """
            {"errors": [
              {"code": "FORBIDDEN", "detail": "Not allowed"},
              {"code": "AuthorizationRequired", "detail": "Needs MFA",
               "authorization_parameters": {"session_required_mfa": true, "session_required_policies": ["policy-9"]}}
            ]}
            """);

        var error = CallAndCatch();

        var parameters = error.Info.AuthorizationParameters;
        Assert.Multiple(() =>
        {
            Assert.That(parameters.IsPresent, Is.True);
            Assert.That(parameters.SessionRequiredMfa, Is.True);
            Assert.That(parameters.SessionRequiredPolicies, Is.EqualTo(new[] { "policy-9" }));
            Assert.That(parameters.SessionMessage, Is.Null);
            Assert.That(parameters.SessionRequiredIdentities, Is.Empty);
            Assert.That(parameters.Prompt, Is.Null);
            Assert.That(error.Errors[0].AuthorizationParameters.IsPresent, Is.False);
            Assert.That(error.Errors[1].AuthorizationParameters.IsPresent, Is.True);
            Assert.That(error.Errors[1].AuthorizationParameters.SessionRequiredPolicies, Is.EqualTo(new[] { "policy-9" }));
        });
    }

    [Test]
    public void Top_level_authorization_parameters_win_over_those_of_an_entry()
    {
        Answer(403, """
            {"authorization_parameters": {"session_message": "from the top level"},
             "errors": [{"code": "X", "authorization_parameters": {"session_message": "from the entry"}}]}
            """);

        var error = CallAndCatch();

        Assert.That(error.Info.AuthorizationParameters.SessionMessage, Is.EqualTo("from the top level"));
        Assert.That(error.Errors[0].AuthorizationParameters.SessionMessage, Is.EqualTo("from the entry"));
    }

    [Test]
    public void Consent_required_with_required_scopes_at_top_level_gives_the_scopes()
    {
        Answer(403, """
            {"code": "ConsentRequired", "message": "Missing required data_access consent", "request_id": "r-3",
             "required_scopes": ["https://auth.globus.org/scopes/c-1/data_access", "openid"]}
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Code, Is.EqualTo("ConsentRequired"));
            Assert.That(error.Info.ConsentRequired.IsPresent, Is.True);
            Assert.That(error.Info.ConsentRequired.RequiredScopes,
                Is.EqualTo(new[] { "https://auth.globus.org/scopes/c-1/data_access", "openid" }));
            Assert.That(error.Info.AuthorizationParameters.IsPresent, Is.False);
        });
    }

    [Test]
    public void Consent_required_inside_an_errors_entry_gives_the_scopes()
    {
        Answer(403, """
            {"errors": [
              {"code": "FORBIDDEN", "detail": "other problem", "id": "r-4"},
              {"code": "ConsentRequired", "detail": "Consent needed", "required_scopes": ["scope-1", "scope-2"], "id": "r-4"}
            ]}
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Info.ConsentRequired.IsPresent, Is.True);
            Assert.That(error.Info.ConsentRequired.RequiredScopes, Is.EqualTo(new[] { "scope-1", "scope-2" }));
            Assert.That(error.Code, Is.Null, "the entries' codes differ");
        });
    }

    [Test]
    public void Consent_required_with_a_single_required_scope_gives_a_list_of_one()
    {
        Answer(401, """{"code": "ConsentRequired", "description": "Action provider needs consent", "required_scope": "scope-ap"}""");

        var error = CallAndCatch();

        Assert.That(error.Info.ConsentRequired.IsPresent, Is.True);
        Assert.That(error.Info.ConsentRequired.RequiredScopes, Is.EqualTo(new[] { "scope-ap" }));
    }

    [Test]
    public void Consent_required_with_scopes_in_its_authorization_parameters_gives_them_in_both_places()
    {
        Answer(403, """
            {"code": "ConsentRequired",
             "authorization_parameters": {"session_message": "Consent to data access", "required_scopes": ["scope-gare"]}}
            """);

        var error = CallAndCatch();

        Assert.Multiple(() =>
        {
            Assert.That(error.Info.ConsentRequired.IsPresent, Is.True);
            Assert.That(error.Info.ConsentRequired.RequiredScopes, Is.EqualTo(new[] { "scope-gare" }));
            Assert.That(error.Info.AuthorizationParameters.RequiredScopes, Is.EqualTo(new[] { "scope-gare" }));
            Assert.That(error.Info.AuthorizationParameters.SessionMessage, Is.EqualTo("Consent to data access"));
        });
    }

    [TestCase("""{"code": "PermissionDenied", "message": "no", "required_scopes": ["scope-1"]}""", TestName = "Scopes_without_the_ConsentRequired_code_are_no_consent_requirement")]
    [TestCase("""{"code": "ConsentRequired", "message": "consent needed"}""", TestName = "ConsentRequired_without_scopes_is_no_consent_requirement")]
    [TestCase("""{"code": "ConsentRequired", "message": "m", "required_scopes": []}""", TestName = "ConsentRequired_with_an_empty_scope_list_is_no_consent_requirement")]
    public void Consent_requirement_needs_both_the_code_and_scopes(string body)
    {
        Answer(403, body);

        var error = CallAndCatch();

        Assert.That(error.Info.ConsentRequired.IsPresent, Is.False);
        Assert.That(error.Info.ConsentRequired.RequiredScopes, Is.Empty);
    }

    [TestCase("""{"code": "ClientError.NotFound", "message": "Task not found"}""", "application/json", TestName = "Info_of_a_plain_JSON_error_is_absent_but_safe")]
    [TestCase("<html><body>502 Bad Gateway</body></html>", "text/html", TestName = "Info_of_an_HTML_error_page_is_absent_but_safe")]
    public void Info_without_hints_is_absent_with_empty_lists_and_null_values(string body, string contentType)
    {
        Answer(502, body, contentType);

        var error = CallAndCatch();

        var parameters = error.Info.AuthorizationParameters;
        Assert.Multiple(() =>
        {
            Assert.That(parameters.IsPresent, Is.False);
            Assert.That(parameters.SessionMessage, Is.Null);
            Assert.That(parameters.SessionRequiredIdentities, Is.Not.Null.And.Empty);
            Assert.That(parameters.SessionRequiredPolicies, Is.Not.Null.And.Empty);
            Assert.That(parameters.SessionRequiredSingleDomain, Is.Not.Null.And.Empty);
            Assert.That(parameters.SessionRequiredMfa, Is.Null);
            Assert.That(parameters.RequiredScopes, Is.Not.Null.And.Empty);
            Assert.That(parameters.Prompt, Is.Null);
            Assert.That(error.Info.ConsentRequired.IsPresent, Is.False);
            Assert.That(error.Info.ConsentRequired.RequiredScopes, Is.Not.Null.And.Empty);
        });
    }

    [Test]
    public void Authorization_parameters_of_unexpected_types_read_as_absent()
    {
        Answer(403, """
            {"code": "AuthorizationRequired", "message": "m",
             "authorization_parameters": {
               "session_message": 3, "session_required_identities": "id-as-a-string",
               "session_required_policies": {"id": "p"}, "session_required_single_domain": [7, "ok.edu", null],
               "session_required_mfa": "yes", "required_scopes": null, "prompt": ["login"]}}
            """);

        var error = CallAndCatch();

        var parameters = error.Info.AuthorizationParameters;
        Assert.Multiple(() =>
        {
            Assert.That(parameters.IsPresent, Is.True);
            Assert.That(parameters.SessionMessage, Is.Null);
            Assert.That(parameters.SessionRequiredIdentities, Is.Empty, "only policies and domains may be comma-separated strings");
            Assert.That(parameters.SessionRequiredPolicies, Is.Empty);
            Assert.That(parameters.SessionRequiredSingleDomain, Is.EqualTo(new[] { "ok.edu" }), "the strings of the list are kept");
            Assert.That(parameters.SessionRequiredMfa, Is.Null);
            Assert.That(parameters.RequiredScopes, Is.Empty);
            Assert.That(parameters.Prompt, Is.Null);
        });
    }

    [Test]
    public void Authorization_parameters_that_are_not_an_object_are_not_present()
    {
        Answer(403, """{"code": "AuthorizationRequired", "message": "m", "authorization_parameters": ["session_required_mfa"]}""");

        var error = CallAndCatch();

        Assert.That(error.Info.AuthorizationParameters.IsPresent, Is.False);
    }
}
