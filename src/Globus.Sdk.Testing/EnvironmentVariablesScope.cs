namespace Globus.Sdk.Testing;

/// <summary>Sets environment variables until disposed, then restores what they were.</summary>
internal sealed class EnvironmentVariablesScope : IDisposable
{
    private readonly Dictionary<string, string?> _previous;

    public EnvironmentVariablesScope(IReadOnlyDictionary<string, string> values)
    {
        _previous = values.Keys.ToDictionary(name => name, Environment.GetEnvironmentVariable);
        foreach (var (name, value) in values)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var (name, value) in _previous)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
