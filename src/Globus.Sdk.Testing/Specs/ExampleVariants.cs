using System.Text.Json.Nodes;

namespace Globus.Sdk.Testing;

/// <summary>Builds an operation's canned answers from its documented responses and their examples.</summary>
internal static class ExampleVariants
{
    /// <summary>The errors every Globus operation can answer with, in the shape the SDK reads.</summary>
    private static readonly CannedResponse[] CommonErrors =
    [
        CannedResponse.Error(401, "AuthenticationFailed", "No valid access token was given, or it expired.", "unauthorized"),
        CannedResponse.Error(403, "PermissionDenied", "The caller may not do this.", "forbidden"),
        CannedResponse.Error(404, "NotFound", "There is no such resource.", "not_found"),
        CannedResponse.Error(500, "InternalError", "The service failed; try again later.", "server_error"),
    ];

    public static IReadOnlyDictionary<string, CannedResponse> Read(JsonObject? responses, JsonObject? schemas)
    {
        var variants = new Dictionary<string, CannedResponse>(StringComparer.Ordinal);
        foreach (var (status, response) in (responses ?? []).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!int.TryParse(status, out var code))
            {
                continue;
            }

            var media = response?["content"]?["application/json"];
            var answer = new CannedResponse(code, ExampleBody(media, schemas, code), status);
            variants.TryAdd(status, answer);
            if (code is >= 200 and < 300)
            {
                variants.TryAdd("default", answer.Named("default"));
            }

            foreach (var (name, example) in media?["examples"]?.AsObject() ?? [])
            {
                variants.TryAdd(name, new CannedResponse(code, example?["value"], name));
            }
        }

        foreach (var error in CommonErrors)
        {
            variants.TryAdd(error.Variant, error);
        }

        return variants;
    }

    private static JsonNode? ExampleBody(JsonNode? media, JsonObject? schemas, int status)
    {
        if (media?["example"] is { } example)
        {
            return example;
        }

        var reference = (string?)media?["schema"]?["$ref"];
        if (reference is not null && schemas?[reference.Split('/')[^1]]?["example"] is { } schemaExample)
        {
            return schemaExample;
        }

        // A documented answer without an example: an empty document, or no body for 204.
        return status == 204 || media is null ? null : new JsonObject();
    }
}
