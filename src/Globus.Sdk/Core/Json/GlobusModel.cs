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
    // Unknown fields read from JSON stay as their text until someone asks for them (most callers never
    // do): _additionalJson holds it, and the dictionary is built once, on first access, then kept.
    private IReadOnlyDictionary<string, JsonElement>? _additional;
    private byte[]? _additionalJson;

    /// <summary>
    /// Fields the service sent that this model has no property for, by wire name, in the order
    /// received; they are written back after the known properties. Setting it copies the entries
    /// and clones each value, so the model stays unchanged whatever happens to the source later.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalProperties
    {
        get => _additional ?? BuildAdditionalProperties();
        init
        {
            _additional = ModelJson.Freeze(value);
            _additionalJson = null;
        }
    }

    /// <summary>
    /// The unknown fields as the UTF-8 text of one JSON object, as a generated converter collected them
    /// (<see cref="UnknownFields"/>); null when there were none. The array is the model's own and never changes.
    /// </summary>
    internal byte[]? AdditionalPropertiesJson
    {
        get => _additional is null ? _additionalJson : null;
        init
        {
            _additionalJson = value;
            _additional = value is null ? ModelJson.NoAdditionalProperties : null;
        }
    }

    private IReadOnlyDictionary<string, JsonElement> BuildAdditionalProperties()
    {
        if (_additionalJson is not { } json)
        {
            return ModelJson.NoAdditionalProperties;
        }

        // Models are shared between threads: should two build at once, one dictionary wins and both return it.
        var built = UnknownFields.View(json);
        return Interlocked.CompareExchange(ref _additional, built, null) ?? built;
    }

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
