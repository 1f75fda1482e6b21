// Runtime support: the base of every model, generated or hand-written.
using System.Text.Json;
using Globus.Sdk.Transport;

namespace Globus.Sdk;

/// <summary>
/// The base of every generated model: it keeps the fields the model does not know, so a field the
/// service adds later is never lost, and it writes itself as JSON, so a model can be sent as a body.
/// </summary>
/// <remarks>
/// Models are values: two models are equal when they are of the same type and hold equal values, compared
/// deeply (lists item by item, nested models by their values, free-form JSON and
/// <see cref="AdditionalProperties"/> by content), so two models read from the same JSON are equal and have
/// the same hash code. A request model also compares which properties were set.
/// </remarks>
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

    /// <summary>Whether <paramref name="other"/> is a model of the same type with the same unknown fields; each model adds its properties.</summary>
    /// <param name="other">The model to compare with.</param>
    /// <returns>True when both hold the same values.</returns>
    public virtual bool Equals(GlobusModel? other) =>
        ReferenceEquals(this, other)
        || other is not null
        && EqualityContract == other.EqualityContract
        && ModelEquality.FieldsEqual(AdditionalProperties, other.AdditionalProperties);

    /// <summary>A hash code that agrees with <see cref="Equals(GlobusModel)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, ModelEquality.FieldsHash(AdditionalProperties));

    /// <summary>Writes this model as one JSON object, with the service's field names.</summary>
    /// <param name="writer">The writer to write to.</param>
    public abstract void WriteTo(Utf8JsonWriter writer);
}
