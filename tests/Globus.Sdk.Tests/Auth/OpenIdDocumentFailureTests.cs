using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Globus.Sdk.Tests.Auth;

/// <summary>
/// A discovery document or key set Globus Auth should never send is a <see cref="GlobusResponseDecodingException"/>
/// carrying the answer (status, raw text), as every bad answer is: never an InvalidOperationException,
/// FormatException or CryptographicException from inside the SDK.
/// </summary>
public class OpenIdDocumentFailureTests : WireMockTestBase
{
    private static IEnumerable<TestCaseData> BadDocuments()
    {
        yield return new TestCaseData("""{"issuer": "https://auth.globus.org"}""", null).SetName("Discovery_without_jwks_uri");
        yield return new TestCaseData("""{"jwks_uri": "file:///etc/passwd"}""", null).SetName("Discovery_naming_a_file_as_jwks_uri");
        yield return new TestCaseData(null, """{"keys": []}""").SetName("Key_set_without_keys");
        yield return new TestCaseData(null, """{"keys": [{"kty": "EC", "x": "AQ", "y": "AQ"}]}""").SetName("Key_set_without_an_RSA_key");
        yield return new TestCaseData(null, """{"keys": [{"kty": "RSA", "n": "***", "e": "AQAB"}]}""").SetName("Key_set_with_an_RSA_key_that_is_not_base64url");
    }

    [TestCaseSource(nameof(BadDocuments))]
    public void A_bad_discovery_document_or_key_set_is_a_decoding_failure_with_the_answer(string? discovery, string? keySet)
    {
        Server.Given(Request.Create().WithPath("/.well-known/openid-configuration").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(discovery ?? $$"""{"issuer": "https://auth.globus.org", "jwks_uri": "{{ServerUrl}}jwk.json"}"""));
        Server.Given(Request.Create().WithPath("/jwk.json").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(keySet ?? "{}"));
        var client = new AuthClient(new AccessTokenAuthorizer("at-user-0123456789"), Options());

        var failure = Assert.ThrowsAsync<GlobusResponseDecodingException>(async () => (await client.GetJwkRsaKeyAsync()).Dispose());

        Assert.That(failure!.Response.HttpStatus, Is.EqualTo(200));
        Assert.That(failure.Response.Text, Is.EqualTo(keySet ?? discovery));
        Assert.That(failure.Message, Does.Contain(keySet is null ? "OpenID configuration" : "key set"));
    }
}
