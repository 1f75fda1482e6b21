namespace Globus.Sdk.Auth;

public sealed partial record GetConsentsResponse
{
    /// <summary>The consents arranged as trees, to check dependent scope requirements (Python's <c>to_forest</c>).</summary>
    /// <returns>The forest.</returns>
    /// <exception cref="ConsentForestException">A consent lacks its id or dependency path, or its parent is missing.</exception>
    public ConsentForest ToForest() => new(Consents ?? []);
}
