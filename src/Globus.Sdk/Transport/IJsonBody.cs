using System.Text.Json;

namespace Globus.Sdk.Transport;

/// <summary>
/// A value that writes itself as a JSON request body: the SDK's models and helper documents
/// (such as <c>TransferData</c>) implement it, so they are sent without reflection.
/// </summary>
public interface IJsonBody
{
    /// <summary>Writes this value as one JSON value.</summary>
    /// <param name="writer">The writer to write to.</param>
    void WriteTo(Utf8JsonWriter writer);
}
