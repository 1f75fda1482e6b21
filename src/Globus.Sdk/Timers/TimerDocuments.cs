using System.Text.Json;
using System.Text.Json.Nodes;

namespace Globus.Sdk.Timers;

/// <summary>What the timer document helpers share: a copy of a caller's JSON object as the free-form JSON a model holds.</summary>
internal static class TimerDocuments
{
    /// <summary>The object as a <see cref="JsonElement"/> that does not depend on it (later changes to it are not seen).</summary>
    public static JsonElement ToElement(JsonObject value)
    {
        using var document = JsonDocument.Parse(value.ToJsonString());
        return document.RootElement.Clone();
    }
}
