// Runtime support: the base of every model, generated or hand-written.
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// The base of every generated model: it keeps the fields the model does not know, so a field the
/// service adds later is never lost, and it writes itself as JSON, so a model can be sent as a body.
/// </summary>
public abstract record GlobusModel : IJsonBody
{
    /// <summary>
    /// Fields the service sent that this model has no property for, by wire name, in the order
    /// received; they are written back after the known properties. Setting it copies the entries
    /// and clones each value, so the model stays unchanged whatever happens to the source later.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get;
        init => field = ModelJson.Freeze(value);
    } = ModelJson.NoAdditionalProperties;

    /// <summary>Writes this model as one JSON object, with the service's field names.</summary>
    /// <param name="writer">The writer to write to.</param>
    public abstract void WriteTo(Utf8JsonWriter writer);
}
