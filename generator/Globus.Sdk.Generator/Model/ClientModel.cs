namespace Globus.Sdk.Generator.Model;

/// <summary>
/// A service ready to emit: its model and the response types its operations are typed with (each a
/// generated model with a <c>JsonContext</c> entry).
/// </summary>
internal sealed record ClientModel(
    ServiceModel Service,
    EquatableArray<string> TypedResponses,
    EquatableArray<TypedItems> TypedItems,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string JsonContextName => JsonContextNameOf(Service);

    public static string JsonContextNameOf(ServiceModel service) =>
        (service.ClientName.EndsWith("Client") ? service.ClientName.Substring(0, service.ClientName.Length - "Client".Length) : service.ClientName)
        + "JsonContext";
}

/// <summary>
/// The items a typed page yields: <paramref name="ItemType"/> as C# writes it, and the property that
/// holds them, or null when the model enumerates them itself.
/// </summary>
internal sealed record TypedItems(string ResponseType, string ItemType, string? Property);

/// <summary>One generated file: its stable hint name and its text, compared by value for caching.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
