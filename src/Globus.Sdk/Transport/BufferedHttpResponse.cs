namespace Globus.Sdk.Transport;

/// <summary>
/// An attempt's outcome as the retry pipeline sees it: the status line of the
/// <see cref="HttpResponseMessage"/> it requires, and the response already read in full.
/// </summary>
internal sealed class BufferedHttpResponse : HttpResponseMessage
{
    public BufferedHttpResponse(HttpResponseMessage received, GlobusResponse response)
        : base(received.StatusCode)
    {
        ReasonPhrase = received.ReasonPhrase;
        Response = response;
    }

    public GlobusResponse Response { get; }
}
