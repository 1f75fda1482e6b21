// Web login with Globus Auth: the Python SDK v3.0 example "Three Legged OAuth with Flask" in ASP.NET Core.
//
// Register a confidential app (not "Native App") with the redirect URI http://localhost:5000/login and
// the scopes openid, profile, email and urn:globus:auth:scope:transfer.api.globus.org:all, then set
// Globus:ClientId and Globus:ClientSecret (the secret with `dotnet user-secrets set Globus:ClientSecret ...`, never in a file
// that is committed). Globus:Services:auth:BaseUrl (and :transfer:) point the app at another Globus (tests use a fake one).
using System.Security.Cryptography;
using System.Text.Json;
using Globus.Sdk;
using Globus.Sdk.Auth;
using Globus.Sdk.Transfer;
using Globus.Sdk.WebLoginSample;
using Microsoft.Extensions.DependencyInjection.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDistributedMemoryCache();
builder.Services.AddSession(options =>
{
    // The session holds the user's tokens on the server; the cookie only names the session.
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.IsEssential = true;
});
builder.Services.TryAddSingleton(TimeProvider.System);

// Globus clients from the container: configuration section "Globus" (ClientId, ClientSecret, Environment,
// Services:<service>:BaseUrl), IHttpClientFactory's named clients, the app's logging and TimeProvider.
// The login client (ConfidentialAppAuthClient) authenticates as the app; the service clients act as the
// user of the current web request, with the token stored in that user's session at login.
builder.Services.AddHttpContextAccessor();
builder.Services.AddGlobusClients(builder.Configuration.GetSection("Globus"))
    .UseAuthorizer((services, serviceName) => SessionTokens.AuthorizerFor(services.GetRequiredService<IHttpContextAccessor>().HttpContext, serviceName));

var app = builder.Build();
app.UseSession();

// This could be any page: it sends the user to log in, or greets them.
app.MapGet("/", (HttpContext context) =>
    context.Session.GetString(SessionKeys.Username) is { } username
        ? Results.Text($"You are successfully logged in as {username}!")
        : Results.Redirect("/login"));

// Login via Globus Auth, in one route as in the Flask example: without a "code" the login starts and
// the user is sent to Globus Auth; with one, Globus Auth sent the user back and the code is exchanged.
app.MapGet("/login", async (HttpContext context, ConfidentialAppAuthClient client, string? code, string? state, CancellationToken cancellationToken) =>
{
    var redirectUri = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/login";
    string[] scopes = ["openid", "profile", "email", "urn:globus:auth:scope:transfer.api.globus.org:all"];

    if (code is null)
    {
        // An unguessable state per login, kept in the session and checked at the callback, so no other
        // site can complete a login in this user's browser.
        var newState = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Session.SetString(SessionKeys.State, newState);
        var flow = new GlobusAuthorizationCodeFlowManager(client, redirectUri, scopes, newState);
        return Results.Redirect(flow.GetAuthorizeUrl());
    }

    var expectedState = context.Session.GetString(SessionKeys.State);
    if (expectedState is null || !CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(expectedState), System.Text.Encoding.ASCII.GetBytes(state ?? string.Empty)))
    {
        return Results.BadRequest("This login was not started here, or it expired: start again at /login.");
    }

    // The flow manager holds nothing but these values, so the one built at the start is rebuilt here.
    var callbackFlow = new GlobusAuthorizationCodeFlowManager(client, redirectUri, scopes, expectedState);
    var tokens = await callbackFlow.ExchangeCodeForTokensAsync(code, cancellationToken);
    var claims = await tokens.DecodeIdTokenAsync(cancellationToken: cancellationToken);

    // Store the tokens in the (server-side) session, as the Flask example stores by_resource_server.
    context.Session.Remove(SessionKeys.State);
    context.Session.SetString(SessionKeys.Tokens, JsonSerializer.Serialize(
        tokens.ByResourceServer.Values.Select(t => new StoredToken(t.ResourceServer, t.AccessToken, t.RefreshToken)).ToArray(),
        SampleJsonContext.Default.StoredTokenArray));
    context.Session.SetString(SessionKeys.Username, claims["preferred_username"].GetString() ?? "(unknown)");
    return Results.Redirect("/");
});

// The user's ten most recent transfer tasks, with the user's own Transfer token (see UseAuthorizer above).
app.MapGet("/tasks", async (HttpContext context, TransferClient transfer, CancellationToken cancellationToken) =>
{
    if (context.Session.GetString(SessionKeys.Username) is null)
    {
        return Results.Redirect("/login");
    }

    var tasks = await transfer.TaskListAsync(limit: 10, cancellationToken: cancellationToken);
    return Results.Text(string.Join("\n", tasks.Value.Select(task => $"{task.TaskId} {task.Status} {task.Label}")));
});

// Logout: revoke the tokens with Globus Auth, clear the session, and send the user to Globus Auth's
// logout page, which offers a way back here.
app.MapGet("/logout", async (HttpContext context, ConfidentialAppAuthClient client, CancellationToken cancellationToken) =>
{
    if (context.Session.GetString(SessionKeys.Tokens) is { } stored)
    {
        foreach (var token in JsonSerializer.Deserialize(stored, SampleJsonContext.Default.StoredTokenArray) ?? [])
        {
            await client.OAuth2RevokeTokenAsync(token.AccessToken, cancellationToken: cancellationToken);
            if (token.RefreshToken is not null)
            {
                await client.OAuth2RevokeTokenAsync(token.RefreshToken, cancellationToken: cancellationToken);
            }
        }
    }

    context.Session.Clear();
    var home = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/";
    var logoutUrl = new Uri(client.BaseUrl, "v2/web/logout").AbsoluteUri
        + $"?client={Uri.EscapeDataString(client.ClientId)}&redirect_uri={Uri.EscapeDataString(home)}"
        + $"&redirect_name={Uri.EscapeDataString("Globus Example App")}";
    return Results.Redirect(logoutUrl);
});

app.Run();

/// <summary>The web app; public so tests can host it.</summary>
public partial class Program;
