using System.Text.Json;

namespace Globus.Sdk.Transport;

/// <summary>
/// A value whose JSON form is what the service reads (its wire value), not its .NET name: the generated
/// extensible enum structs, <c>SyncLevel</c> (an integer), <c>TaskDeadline</c> and <c>TransferTimeRange</c>.
/// A request body given as plain .NET values writes them through this (see <see cref="JsonBodyWriter"/>).
/// </summary>
internal interface IJsonWireValue
{
    /// <summary>Writes the wire value as one JSON value.</summary>
    /// <param name="writer">The writer to write to.</param>
    /// <param name="parameterName">The argument the body came from, named by an <see cref="ArgumentException"/>.</param>
    /// <exception cref="ArgumentException">The value has no wire form (a sync level outside 0-3).</exception>
    void WriteWireValue(Utf8JsonWriter writer, string parameterName);
}

/// <summary>
/// A generated extensible enum struct (<c>readonly partial record struct X(string Value)</c>): its wire
/// value is <see cref="Value"/>. The generator declares every such struct to implement it; a test
/// finds any that does not.
/// </summary>
internal interface IExtensibleEnum : IJsonWireValue
{
    /// <summary>The value as the service spells it.</summary>
    string Value { get; }

    void IJsonWireValue.WriteWireValue(Utf8JsonWriter writer, string parameterName) => writer.WriteStringValue(Value);
}
