// The generator emits GCSApiException (its constructor and documentation); this part adds what only GCS
// Manager errors carry (Python's GCSAPIError).
using System.Text.Json;

namespace Globus.Sdk.Gcs;

public partial class GCSApiException
{
    /// <summary>The error's <c>detail</c>: text, or a document such as the conflicting object; null when the service sent none.</summary>
    public JsonElement? Detail => Response.Get("detail");

    /// <summary>The <c>DATA_TYPE</c> of <see cref="Detail"/> when it is a document that names one (Python's <c>detail_data_type</c>), else null.</summary>
    public string? DetailDataType =>
        Detail is { ValueKind: JsonValueKind.Object } detail
        && detail.TryGetProperty("DATA_TYPE", out var dataType) && dataType.ValueKind == JsonValueKind.String
            ? dataType.GetString()
            : null;
}
