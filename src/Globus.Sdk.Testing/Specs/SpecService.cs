namespace Globus.Sdk.Testing;

/// <summary>A Globus service as its spec describes it: its name, client, scopes and operations.</summary>
public sealed class SpecService
{
    internal SpecService(string name, string clientType, string? resourceServer, IReadOnlyList<string> scopes, IReadOnlyList<SpecOperation> operations)
    {
        Name = name;
        ClientType = clientType;
        ResourceServer = resourceServer;
        Scopes = scopes;
        Operations = operations;
    }

    /// <summary>The service's name (<c>x-globus-service</c>), such as <c>transfer</c>.</summary>
    public string Name { get; }

    /// <summary>The full name of the generated client class, such as <c>Globus.Sdk.Transfer.TransferClient</c>.</summary>
    public string ClientType { get; }

    /// <summary>The Globus Auth resource server of the service's tokens, such as <c>transfer.api.globus.org</c>, or null.</summary>
    public string? ResourceServer { get; }

    /// <summary>Every scope the service's security scheme names.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The service's operations, in the spec's order.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>Finds an operation by its C# method name (<c>GetTaskAsync</c>, with or without <c>Async</c>) or its <c>operationId</c> (<c>get_task</c>).</summary>
    /// <param name="name">The method name or operation id.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="ArgumentException">The service has no such operation; the message lists the names it has.</exception>
    public SpecOperation GetOperation(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = OperationNames.Normalize(name);
        return Operations.FirstOrDefault(o => OperationNames.Normalize(o.MethodName) == key || OperationNames.Normalize(o.OperationId) == key)
            ?? throw new ArgumentException(
                $"The {Name} service has no operation '{name}'. Its operations: {string.Join(", ", Operations.Select(o => o.MethodName))}.",
                nameof(name));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Operations.Count} operations)";
}
