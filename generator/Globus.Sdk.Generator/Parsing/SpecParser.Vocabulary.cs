using System;
using System.Collections.Generic;
using Globus.Sdk.Generator.Model;
using YamlDotNet.RepresentationModel;

namespace Globus.Sdk.Generator.Parsing;

/// <summary>
/// Checks the whole document once for what no other step reads: an <c>x-globus-*</c> key the
/// generator does not know (a typo would otherwise be ignored), a known key whose value has the wrong
/// shape, and a <c>$ref</c> that does not name a node of this document's <c>components</c>.
/// </summary>
internal sealed partial class SpecParser
{
    [Flags]
    private enum Shape
    {
        Scalar = 1,
        Mapping = 2,
        Sequence = 4,
    }

    /// <summary>Every <c>x-globus-*</c> key of specs/README.md and the shapes its value may take.</summary>
    private static readonly Dictionary<string, Shape> Vocabulary = new(StringComparer.Ordinal)
    {
        ["x-globus-service"] = Shape.Scalar,
        ["x-globus-client"] = Shape.Scalar | Shape.Sequence,
        ["x-globus-clients"] = Shape.Mapping,
        ["x-globus-error"] = Shape.Scalar,
        ["x-globus-namespace"] = Shape.Scalar,
        ["x-globus-resource-server"] = Shape.Scalar,
        ["x-globus-scopes-class"] = Shape.Scalar,
        ["x-globus-default-scopes"] = Shape.Sequence,
        ["x-globus-csharp-name"] = Shape.Scalar | Shape.Mapping,
        ["x-globus-csharp-type"] = Shape.Scalar,
        ["x-globus-encoding"] = Shape.Scalar,
        ["x-globus-query-params"] = Shape.Scalar,
        ["x-globus-body"] = Shape.Mapping,
        ["x-globus-paging"] = Shape.Mapping,
        ["x-globus-items"] = Shape.Scalar,
        ["x-globus-untyped"] = Shape.Scalar,
        ["x-globus-secret"] = Shape.Scalar,
        ["x-globus-hand-written"] = Shape.Scalar,
        ["x-globus-obsolete-id"] = Shape.Scalar,
        ["x-globus-enum-name"] = Shape.Scalar,
    };

    // Payloads, not spec structure: an example may hold any key, even one that looks like ours.
    private static readonly HashSet<string> PayloadKeys = new(StringComparer.Ordinal) { "example", "examples", "default", "enum" };

    /// <param name="node">The node to walk.</param>
    /// <param name="namesProperties">Whether the node is a schema's <c>properties</c>, whose keys are property names (a property may be called <c>example</c>).</param>
    private void CheckVocabulary(YamlNode node, bool namesProperties = false)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? "";
                    if (namesProperties)
                    {
                        CheckVocabulary(value);
                    }
                    else if (key.StartsWith("x-globus-", StringComparison.Ordinal))
                    {
                        CheckKey(keyNode, key, value);
                    }
                    else if (key == "$ref")
                    {
                        CheckReference(value);
                    }
                    else if (!PayloadKeys.Contains(key))
                    {
                        CheckVocabulary(value, namesProperties: key == "properties");
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    CheckVocabulary(item);
                }

                break;
        }
    }

    private void CheckKey(YamlNode keyNode, string key, YamlNode value)
    {
        if (!Vocabulary.TryGetValue(key, out var allowed))
        {
            Report(Diagnostics.UnknownVocabularyKey, At(keyNode), key);
            return;
        }

        var shape = value switch { YamlMappingNode => Shape.Mapping, YamlSequenceNode => Shape.Sequence, _ => Shape.Scalar };
        if ((allowed & shape) == 0)
        {
            Report(Diagnostics.InvalidVocabularyValue, At(value), key, Describe(allowed), Describe(shape));
        }
    }

    private void CheckReference(YamlNode value)
    {
        const string prefix = "#/components/";
        var reference = (value as YamlScalarNode)?.Value ?? "";
        var parts = reference.StartsWith(prefix, StringComparison.Ordinal) ? reference.Substring(prefix.Length).Split('/') : [];
        if (parts.Length != 2 || Map(Map(Map(_root, "components"), parts[0]), parts[1]) is null)
        {
            Report(Diagnostics.UnknownReference, At(value), reference);
        }
    }

    private static string Describe(Shape shape) => shape switch
    {
        Shape.Scalar => "a single value",
        Shape.Mapping => "a mapping",
        Shape.Sequence => "a list",
        Shape.Scalar | Shape.Sequence => "a value or a list",
        Shape.Scalar | Shape.Mapping => "a value or a mapping",
        _ => "a value",
    };
}
