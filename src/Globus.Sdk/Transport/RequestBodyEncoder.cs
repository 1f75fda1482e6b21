using System.Collections;
using System.Globalization;
using System.Text;

namespace Globus.Sdk.Transport;

/// <summary>Turns the <c>data</c> argument of a raw HTTP call into bytes, by the named encoding.</summary>
internal static class RequestBodyEncoder
{
    public static async ValueTask<EncodedBody?> EncodeAsync(
        object? data,
        string? encoding,
        IReadOnlyDictionary<string, RequestEncoder> customEncoders,
        CancellationToken cancellationToken)
    {
        if (data is null)
        {
            return null;
        }

        encoding ??= data is string or byte[] or ReadOnlyMemory<byte> ? RequestEncoding.Text : RequestEncoding.Json;
        if (customEncoders.TryGetValue(encoding, out var custom))
        {
            var content = custom.Encode(data)
                ?? throw new InvalidOperationException($"The request encoder registered as '{encoding}' returned no content.");
            return await EncodedBody.FromContentAsync(content, cancellationToken).ConfigureAwait(false);
        }

        return encoding switch
        {
            RequestEncoding.Json => new EncodedBody(JsonBodyWriter.Write(data, nameof(data)), "application/json"),
            RequestEncoding.Text => EncodeText(data),
            RequestEncoding.Form => new EncodedBody(EncodeForm(data), "application/x-www-form-urlencoded"),
            _ => throw new ArgumentException(
                $"Unknown encoding '{encoding}'. Use \"{RequestEncoding.Json}\", \"{RequestEncoding.Text}\", \"{RequestEncoding.Form}\" "
                + "or the name of an encoder registered in GlobusClientOptions.RequestEncoders.",
                nameof(encoding)),
        };
    }

    private static EncodedBody EncodeText(object data) => data switch
    {
        string text => new EncodedBody(Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8"),
        byte[] bytes => new EncodedBody(bytes, "application/octet-stream"),
        ReadOnlyMemory<byte> memory => new EncodedBody(memory.ToArray(), "application/octet-stream"),
        _ => throw new ArgumentException("The text encoding takes a string or bytes.", nameof(data)),
    };

    private static byte[] EncodeForm(object data)
    {
        var fields = new List<KeyValuePair<string, string>>();
        switch (data)
        {
            case IEnumerable<KeyValuePair<string, string?>> pairs:
                foreach (var (name, value) in pairs)
                {
                    if (value is not null)
                    {
                        fields.Add(new(name, value));
                    }
                }

                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Value is not null)
                    {
                        fields.Add(new(
                            entry.Key as string ?? throw new ArgumentException("Form field names must be strings.", nameof(data)),
                            FormatFormValue(entry.Value)));
                    }
                }

                break;
            default:
                throw new ArgumentException("The form encoding takes a dictionary of field names and values.", nameof(data));
        }

        var builder = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return Encoding.ASCII.GetBytes(builder.ToString());
    }

    private static string FormatFormValue(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
