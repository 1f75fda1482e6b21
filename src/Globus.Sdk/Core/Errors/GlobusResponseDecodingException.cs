using System.Text.Json;

namespace Globus.Sdk;

/// <summary>
/// A service answered, but its body could not be read as the typed model the operation returns:
/// it was empty, not JSON, or JSON of another shape (a string where an object belongs, for example).
/// Raised when <see cref="GlobusResponse{T}.Value"/> is read; the response's other views
/// (<see cref="GlobusResponse.Text"/>, <see cref="GlobusResponse.Data"/>, the indexers) keep working.
/// </summary>
/// <remarks>
/// The message names the status, the model and where in the body reading stopped, never the body
/// itself, which may hold credentials; <see cref="RawText"/> has the body for you to inspect.
/// </remarks>
public class GlobusResponseDecodingException : GlobusException
{
    /// <summary>Creates the exception for a response whose body could not be decoded.</summary>
    /// <param name="response">The response whose body could not be decoded.</param>
    /// <param name="targetType">The model the body was to be read as.</param>
    /// <param name="innerException">Why the body could not be read.</param>
    public GlobusResponseDecodingException(GlobusResponse response, Type targetType, JsonException innerException)
        : base(FormatMessage(response, targetType, innerException), innerException)
    {
        Response = response;
        TargetType = targetType;
        // The caller may dispose the response as the exception leaves its using block; what it carries stays readable.
        response.KeepBody();
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int HttpStatus => Response.HttpStatus;

    /// <summary>The request id the service put in the body, when it could be found there.</summary>
    public string? RequestId => Response.RequestId;

    /// <summary>The body as text, exactly as received.</summary>
    public string RawText => Response.Text;

    /// <summary>The model the body was to be read as.</summary>
    public Type TargetType { get; }

    /// <summary>The whole response, whose untyped views still work.</summary>
    public GlobusResponse Response { get; }

    private static string FormatMessage(GlobusResponse response, Type targetType, JsonException innerException)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(targetType);
        ArgumentNullException.ThrowIfNull(innerException);
        var requestId = response.RequestId is { } id ? $" Request id: {id}." : string.Empty;
        return $"The body of the HTTP {response.HttpStatus} response ({response.ContentType ?? "no content type"}, "
            + $"{response.BodyLength} bytes) could not be read as {targetType.Name}: {innerException.Message}{requestId}";
    }
}
