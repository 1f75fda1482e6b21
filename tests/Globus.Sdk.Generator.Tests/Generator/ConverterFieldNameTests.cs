using Globus.Sdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Globus.Sdk.Generator.Tests.Generator;

/// <summary>
/// A converter tells fields apart with an enum nested in it: a schema or property with the enum's names
/// still builds, because the nested names give way instead of hiding the model's types.
/// </summary>
public class ConverterFieldNameTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Names, version: v1}
        x-globus-service: names
        x-globus-client: NamesClient
        x-globus-error: NamesApiException
        x-globus-namespace: Globus.Sdk.Names
        paths:
          /v1/holders/{id}:
            get:
              operationId: get_holder
              summary: Get a holder.
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The holder.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Holder'}
        components:
          schemas:
            Field:
              type: object
              properties:
                name: {type: string}
            Holder:
              type: object
              properties:
                unknown: {type: string}
                field: {$ref: '#/components/schemas/Field'}
                fields: {type: array, items: {$ref: '#/components/schemas/Field'}}
            Plain:
              type: object
              properties:
                field: {type: string}
        """;

    [Test]
    public void Models_and_properties_named_like_the_converters_field_enum_and_its_unknown_member_build()
    {
        var (result, output) = GeneratorHarness.Run([new GeneratorHarness.Spec("/specs/names.yaml", Spec)]);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
        var holder = result.GeneratedSources.Single(s => s.HintName == "Globus.Sdk.Names.HolderJsonConverter.g.cs").SourceText.ToString();
        Assert.That(holder, Does.Contain("private enum Field_").And.Contain("case Field_.Unknown: unknown = reader.ReadString(\"unknown\"); break;"));
        Assert.That(holder, Does.Contain("return Field_.Unknown_;"));
        var field = result.GeneratedSources.Single(s => s.HintName == "Globus.Sdk.Names.FieldJsonConverter.g.cs").SourceText.ToString();
        Assert.That(field, Does.Contain("private enum Field_"));
        var plain = result.GeneratedSources.Single(s => s.HintName == "Globus.Sdk.Names.PlainJsonConverter.g.cs").SourceText.ToString();
        Assert.That(plain, Does.Contain("private enum Field_").And.Contain("case Field_.Field: field = reader.ReadString(\"field\"); break;"));
    }
}
