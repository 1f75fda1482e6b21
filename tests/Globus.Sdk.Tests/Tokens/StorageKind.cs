using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>Creates each kind of storage over a fresh folder, so one test body covers all of them.</summary>
public sealed class StorageKind(string name, Func<string, string, TokenStorage> create)
{
    public static IEnumerable<StorageKind> All { get; } =
    [
        new("memory", (_, ns) => new MemoryTokenStorage(ns)),
        new("json", (folder, ns) => new JsonTokenStorage(Path.Combine(folder, "tokens.json"), ns)),
        new("sqlite", (folder, ns) => new SqliteTokenStorage(Path.Combine(folder, "tokens.db"), ns)),
        new("sqlite-memory", (_, ns) => new SqliteTokenStorage(":memory:", ns)),
    ];

    public TokenStorage Create(string folder, string @namespace = TokenStorage.DefaultNamespace) => create(folder, @namespace);

    public override string ToString() => name;
}
