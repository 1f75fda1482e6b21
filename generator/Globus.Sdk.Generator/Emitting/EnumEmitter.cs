using System.Collections.Generic;
using System.Linq;
using Globus.Sdk.Generator.Model;
using Globus.Sdk.Generator.Parsing;

namespace Globus.Sdk.Generator.Emitting;

/// <summary>
/// Emits an extensible string struct: one per set of enum values of a service, in a file of its own,
/// shared by every model property with those values.
/// </summary>
internal static class EnumEmitter
{
    public static GeneratedFile Emit(ServiceModel service, EnumModel model)
    {
        var writer = ClientEmitter.FileStart(service);
        var name = model.Name;
        var uses = model.UsedBy.Select(use => $"<see cref=\"{use}\"/>").ToList();
        var usedBy = uses.Count == 1 ? uses[0] : string.Join(", ", uses.Take(uses.Count - 1)) + " and " + uses[uses.Count - 1];
        writer.Doc($"<summary>\nA value of {usedBy}. Any string the service sends is kept as it is, so a value\nadded after this SDK was built still reads, compares and writes back; the known ones are named below.\n</summary>");
        var property = model.UsedBy[0].Substring(model.UsedBy[0].IndexOf('.') + 1);
        var example = DocText.Escape(DocText.Literal(model.Values.Count > 0 ? model.Values[0] : "value"));
        writer.Doc($"<remarks>\nA string converts to it implicitly, and a null string to null (<c>{property} = {example}</c>); compare it with a\nknown value or a string (<c>model.{property} == {example}</c>). The constructor and the explicit conversion to the struct itself refuse null.\n</remarks>");
        writer.Doc("<param name=\"Value\">The value as the service spells it; compared ordinally.</param>");
        writer.Block($"public readonly partial record struct {name}(string Value) : global::Globus.Sdk.Transport.IExtensibleEnum", () =>
        {
            writer.Doc("<summary>The value as the service spells it.</summary>");
            writer.Line("public string Value { get; } = Value ?? throw new ArgumentNullException(nameof(Value));");
            var taken = new HashSet<string> { "Value", name, "ToString", "Equals", "GetHashCode" };
            foreach (var value in model.Values)
            {
                var member = Naming.Pascal(value);
                if (member.Length == 0 || char.IsDigit(member[0]))
                {
                    member = "Value" + member;
                }

                while (!taken.Add(member))
                {
                    member += "_";
                }

                writer.Line();
                writer.Doc($"<summary><c>{DocText.Escape(value)}</c>.</summary>");
                writer.Line($"public static {name} {member} {{ get; }} = new({DocText.Literal(value)});");
            }

            writer.Line();
            writer.Doc("<summary>Wraps a value, known or not; null stays null, so a missing value never throws.</summary>");
            writer.Doc("<param name=\"value\">The value as the service spells it, or null.</param>");
            writer.Doc("<returns>The wrapped value, or null when <paramref name=\"value\"/> is null.</returns>");
            writer.Line($"public static implicit operator {name}?(string? value) => value is null ? null : new {name}(value);");
            writer.Line();
            writer.Doc("<summary>Wraps a value, known or not.</summary>");
            writer.Doc("<param name=\"value\">The value as the service spells it.</param>");
            writer.Doc("<exception cref=\"ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
            writer.Line($"public static explicit operator {name}(string value) => new(value);");
            writer.Line();
            writer.Doc("<summary>The value as the service spells it.</summary>\n<returns><see cref=\"Value\"/>; empty for <c>default</c>.</returns>");
            writer.Line("public override string ToString() => Value ?? string.Empty;");
        });
        return new GeneratedFile(GeneratedTypes.HintName(service.Namespace, name), writer.ToString());
    }
}
