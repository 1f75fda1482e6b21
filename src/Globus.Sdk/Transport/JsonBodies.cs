using System.Text.Json;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Transport;

/// <summary>
/// How generated operations send their JSON bodies (<c>x-globus-body</c> in the spec): a request model
/// as it is, or inside a wrapper key; or an object written from the method's arguments by generated
/// code, through <see cref="BodyFields"/>, whose overloads are chosen when the SDK is compiled.
/// </summary>
internal static class JsonBodies
{
    /// <summary>The request model sent inside <c>{"wrapper": ...}</c> (Auth's <c>{"client": {...}}</c>).</summary>
    public static IJsonBody Wrap(string wrapper, GlobusModel body) => new WrappedBody(wrapper, body);

    /// <summary>
    /// The object the generated code writes from the method's arguments (<paramref name="writeFields"/>),
    /// then the caller's additional fields, sent inside <c>{"wrapper": ...}</c> when a wrapper is named.
    /// An argument left null is not sent, and an additional field named like an argument replaces it,
    /// as Python's <c>body.update(additional_fields)</c> does. The additional fields are read now, so
    /// that a later change to the caller's collection does not change what is sent.
    /// </summary>
    public static IJsonBody FromArguments(
        string? wrapper, IEnumerable<KeyValuePair<string, JsonNode?>>? additional, Action<BodyFields> writeFields) =>
        new ArgumentBody(wrapper, additional?.ToArray() ?? [], writeFields);

    private sealed class WrappedBody(string wrapper, GlobusModel body) : IJsonBody
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(wrapper);
            body.WriteTo(writer);
            writer.WriteEndObject();
        }
    }

    private sealed class ArgumentBody(string? wrapper, KeyValuePair<string, JsonNode?>[] additional, Action<BodyFields> writeFields) : IJsonBody
    {
        public void WriteTo(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            if (wrapper is not null)
            {
                writer.WriteStartObject(wrapper);
            }

            writeFields(new BodyFields(writer, additional));
            foreach (var (name, value) in additional)
            {
                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer);
                }
            }

            if (wrapper is not null)
            {
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }
    }
}

/// <summary>
/// Writes the fields of a body built from arguments, one typed overload per kind of argument: a null
/// argument is not sent (the service's default applies), and neither is one an additional field of the
/// same name replaces. Extensible enum values are given as their <c>Value</c>, the wire text.
/// </summary>
internal readonly struct BodyFields
{
    private readonly Utf8JsonWriter _writer;
    private readonly KeyValuePair<string, JsonNode?>[] _additional;

    public BodyFields(Utf8JsonWriter writer, KeyValuePair<string, JsonNode?>[] additional)
    {
        _writer = writer;
        _additional = additional;
    }

    public void Write(string name, string? value)
    {
        if (value is not null && Sends(name))
        {
            _writer.WriteString(name, value);
        }
    }

    public void Write(string name, long? value)
    {
        if (value is { } number && Sends(name))
        {
            _writer.WriteNumber(name, number);
        }
    }

    public void Write(string name, double? value)
    {
        if (value is { } number && Sends(name))
        {
            _writer.WriteNumber(name, number);
        }
    }

    public void Write(string name, bool? value)
    {
        if (value is { } flag && Sends(name))
        {
            _writer.WriteBoolean(name, flag);
        }
    }

    public void Write(string name, JsonElement? value)
    {
        if (value is { } element && Sends(name))
        {
            _writer.WritePropertyName(name);
            element.WriteTo(_writer);
        }
    }

    public void Write(string name, GlobusModel? value)
    {
        if (value is not null && Sends(name))
        {
            _writer.WritePropertyName(name);
            value.WriteTo(_writer);
        }
    }

    public void Write(string name, IEnumerable<string>? values) => WriteArray(name, values, ModelJson.WriteStringItem);

    public void Write(string name, IEnumerable<int>? values) => WriteArray(name, values, ModelJson.WriteInt32Item);

    public void Write(string name, IEnumerable<long>? values) => WriteArray(name, values, ModelJson.WriteInt64Item);

    public void Write(string name, IEnumerable<double>? values) => WriteArray(name, values, ModelJson.WriteDoubleItem);

    public void Write(string name, IEnumerable<bool>? values) => WriteArray(name, values, ModelJson.WriteBooleanItem);

    public void Write(string name, IEnumerable<JsonElement>? values) => WriteArray(name, values, ModelJson.WriteElementItem);

    public void Write(string name, IEnumerable<GlobusModel>? values) => WriteArray(name, values, static (writer, model) => model.WriteTo(writer));

    private void WriteArray<T>(string name, IEnumerable<T>? values, ModelJson.ItemWriter<T> writeItem)
    {
        if (values is not null && Sends(name))
        {
            _writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writeItem(_writer, value);
            }

            _writer.WriteEndArray();
        }
    }

    private bool Sends(string name)
    {
        foreach (var (key, _) in _additional)
        {
            if (key == name)
            {
                return false;
            }
        }

        return true;
    }
}
