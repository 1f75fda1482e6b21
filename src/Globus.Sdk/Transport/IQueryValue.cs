// Runtime support: the contract of a query value type a spec names with x-globus-csharp-type.
namespace Globus.Sdk.Transport;

/// <summary>
/// A runtime type that a spec gives a query parameter (<c>x-globus-csharp-type</c>), so the generator
/// needs no knowledge of any service's types: the value writes itself as the parameter's wire values,
/// each sent as one parameter of that name (Transfer's <c>filter=</c> may repeat).
/// </summary>
internal interface IQueryValue
{
    /// <summary>The parameter's values, as the service reads them.</summary>
    IEnumerable<string> QueryValues { get; }
}
