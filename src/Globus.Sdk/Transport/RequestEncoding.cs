namespace Globus.Sdk.Transport;

/// <summary>The names of the built-in request body encodings, for the <c>encoding</c> argument of the raw HTTP methods.</summary>
public static class RequestEncoding
{
    /// <summary>
    /// <c>application/json</c>: dictionaries, lists, primitive values, <see cref="System.Text.Json.Nodes.JsonNode"/>,
    /// <see cref="System.Text.Json.JsonElement"/> and SDK models (<see cref="IJsonBody"/>). The default for anything but a string or bytes.
    /// </summary>
    public const string Json = "json";

    /// <summary><c>text/plain</c> for a string, <c>application/octet-stream</c> for bytes. The default for a string or bytes.</summary>
    public const string Text = "text";

    /// <summary>
    /// <c>application/x-www-form-urlencoded</c> for a dictionary of names and values (null values are
    /// left out), as OAuth2 token requests use.
    /// </summary>
    public const string Form = "form";
}
