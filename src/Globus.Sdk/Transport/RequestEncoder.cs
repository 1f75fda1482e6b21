namespace Globus.Sdk.Transport;

/// <summary>
/// Turns the <c>data</c> of a raw HTTP call into a request body, for an encoding the SDK does not
/// know. Register one under a name with <see cref="GlobusClientOptions.RequestEncoders"/>, then pass
/// that name as the <c>encoding</c> argument:
/// <code>
/// options.RequestEncoders["csv"] = new CsvEncoder();
/// await client.PostAsync("/upload", data: rows, encoding: "csv");
/// </code>
/// </summary>
/// <remarks>
/// The content is read once and copied into every attempt, so an encoder is called once per call
/// even when the request is retried.
/// </remarks>
public abstract class RequestEncoder
{
    /// <summary>Encodes the data.</summary>
    /// <param name="data">The <c>data</c> argument of the call; never null.</param>
    /// <returns>The body with its content headers (at least <c>Content-Type</c>).</returns>
    /// <exception cref="ArgumentException">The data is not something this encoder can encode.</exception>
    public abstract HttpContent Encode(object data);
}
