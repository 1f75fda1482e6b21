using Globus.Sdk.Tokens;

namespace Globus.Sdk.Tests.Tokens;

/// <summary>Creates each kind of storage over a fresh folder, so one test body covers all of them.</summary>
public sealed class StorageKind(string name, bool persistent, Func<string, string, TokenStorage> create)
{
    public static IEnumerable<StorageKind> All { get; } =
    [
        new("memory", false, (_, ns) => new MemoryTokenStorage(ns)),
        new("json", true, (folder, ns) => new JsonTokenStorage(Path.Combine(folder, "tokens.json"), ns)),
        new("sqlite", true, (folder, ns) => new SqliteTokenStorage(Path.Combine(folder, "tokens.db"), ns)),
        new("sqlite-memory", false, (_, ns) => new SqliteTokenStorage(":memory:", ns)),
    ];

    /// <summary>The kinds whose data outlives the object: a file or a database file that other objects can open.</summary>
    public static IEnumerable<StorageKind> Persistent => All.Where(kind => kind.IsPersistent);

    public bool IsPersistent { get; } = persistent;

    public TokenStorage Create(string folder, string @namespace = TokenStorage.DefaultNamespace) => create(folder, @namespace);

    public override string ToString() => name;
}
