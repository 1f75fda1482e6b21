// Usage: <json|sqlite> <path> <writer name> <count>
// Stores <count> resource servers named "<writer name>-<i>", one write each, then prints "done".
using Globus.Sdk.Tokens;

var (kind, path, writer, count) = (args[0], args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
using TokenStorage storage = kind == "json" ? new JsonTokenStorage(path) : new SqliteTokenStorage(path);
for (var i = 0; i < count; i++)
{
    var resourceServer = $"{writer}-{i}";
    var data = new TokenStorageData(resourceServer, "identity-" + writer, "scope-" + i, $"access-{writer}-{i}", $"refresh-{writer}-{i}", 2_000_000_000 + i, "Bearer");
    await storage.StoreTokenDataByResourceServerAsync(new Dictionary<string, TokenStorageData> { [resourceServer] = data });
}

Console.WriteLine("done");
