namespace Globus.Sdk.Generator.Model;

/// <summary>
/// A service ready to emit: its model and the response types its operations are typed with (each a
/// generated model with a <c>JsonContext</c> entry).
/// </summary>
internal sealed record ClientModel(ServiceModel Service, EquatableArray<string> TypedResponses, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string JsonContextName => JsonContextNameOf(Service);

    public static string JsonContextNameOf(ServiceModel service) =>
        (service.ClientName.EndsWith("Client") ? service.ClientName.Substring(0, service.ClientName.Length - "Client".Length) : service.ClientName)
        + "JsonContext";
}

/// <summary>One generated file: its stable hint name and its text, compared by value for caching.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
