// Exercises the SDK's reflection-free paths offline, so the trimmed build proves they survive trimming.
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Globus.Sdk;
using Globus.Sdk.Auth;
using Globus.Sdk.Authorizers;
using Globus.Sdk.Search;
using Globus.Sdk.Transport;

var client = new BaseClient("transfer", new AccessTokenAuthorizer("token"), new GlobusClientOptions
{
    Environment = GlobusEnvironments.Preview,
    RetryPolicy = new RetryPolicy(maxRetries: 2),
});
Check(client.BaseUrl.AbsoluteUri == "https://transfer.api.preview.globus.org/", "environment table");

var response = GlobusResponse.FromJson("""{"DATA": [{"id": "abc"}], "request_id": "r1"}""");
Check(response["DATA"][0].GetProperty("id").GetString() == "abc", "response indexer");
Check(response.RequestId == "r1", "request id");

var error = new GlobusApiException(
    GlobusResponse.FromJson("""{"code": "ClientError.NotFound", "message": "missing"}""", 404), "GET", new Uri("https://x.example/a"));
Check(error.Code == "ClientError.NotFound" && error.ErrorMessage == "missing", "error parsing");

var search = new SearchClient(new AccessTokenAuthorizer("token"));
Check(search.BaseUrl.AbsoluteUri == "https://search.api.globus.org/", "search client");
Check(search.Paginated is not null, "paginated accessor");

var page = GlobusResponse<SearchResult>.FromResponse(GlobusResponse.FromJson("""
    {"@datatype": "GSearchResult", "count": 1, "total": 1, "has_next_page": false, "new_field": [1, 2],
     "gmeta": [{"subject": "globus://x", "entries": [{"entry_id": null, "content": {"a": 1}}]}]}
    """), SearchJsonContext.Default.SearchResult).Value;
Check(page.Total == 1 && page.Single().Subject == "globus://x", "generated converters read");
var written = JsonSerializer.Serialize(page, SearchJsonContext.Default.SearchResult);
Check(written.Contains("\"new_field\":[1,2]"), "unknown fields written back");

var query = new SearchQuery("ocean").AddFilter("station", ["46042"]);
Check(query.ToString().Contains("\"filters\""), "query builder");

// Id tokens are checked by Microsoft.IdentityModel: decode one signed here, with the key given, offline.
using (var rsa = RSA.Create(2048))
{
    var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    var signingInput = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"RS256","typ":"JWT"}"""))
        + "." + Base64Url(Encoding.UTF8.GetBytes($$"""{"iss":"https://auth.globus.org","aud":"trim-client","sub":"u1","iat":{{now}},"exp":{{now + 600}}}"""));
    var idToken = signingInput + "." + Base64Url(rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    var login = new NativeAppAuthClient("trim-client");
    var tokens = new OAuthTokenResponse(GlobusResponse.FromJson($$"""{"access_token": "a", "resource_server": "auth.globus.org", "scope": "openid", "expires_in": 60, "id_token": "{{idToken}}"}"""), login);
    var claims = tokens.DecodeIdTokenAsync(GlobusResponse.FromJson("""{"issuer": "https://auth.globus.org"}"""), rsa).GetAwaiter().GetResult();
    Check(claims["sub"].GetString() == "u1" && tokens.ByScopes["openid"].ResourceServer == "auth.globus.org", "id token decoding");
}

Console.WriteLine("trim check passed");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine($"trim check failed: {what}");
        Environment.Exit(1);
    }
}

static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
