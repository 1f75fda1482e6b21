using System.Text.Json.Serialization;

namespace Globus.Sdk.WebLoginSample;

/// <summary>Serializes the session's tokens without reflection.</summary>
[JsonSerializable(typeof(StoredToken[]))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;
