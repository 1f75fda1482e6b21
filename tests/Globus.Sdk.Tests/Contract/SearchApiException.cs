// Contract: what Globus.Sdk.Generator must emit for specs/search.yaml, the service's error type.
// Hand-written until the generator exists, so it carries no auto-generated marker.
using System.Text.Json;

namespace Globus.Sdk.Tests.Contract;

/// <summary>
/// Globus Search answered with an error status (400 or above). Besides what every
/// <see cref="GlobusApiException"/> carries, Search errors may explain themselves in <see cref="ErrorData"/>.
/// </summary>
public class SearchApiException : GlobusApiException
{
    /// <summary>Creates the exception for an error response of Globus Search.</summary>
    /// <param name="response">The service's answer.</param>
    /// <param name="method">The HTTP method of the request that failed.</param>
    /// <param name="url">The URL of the request that failed.</param>
    public SearchApiException(GlobusResponse response, string method, Uri url)
        : base(response, method, url)
    {
    }

    /// <summary>The error's details (<c>error_data</c>), such as the limit a request exceeded, or null when the service sent none.</summary>
    public JsonElement? ErrorData => Response.Get("error_data");
}
