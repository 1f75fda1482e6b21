using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Generator;

/// <summary>
/// A body built from arguments (<c>x-globus-body: arguments</c>) names each argument after its property:
/// the wire name in camelCase, or the property's <c>x-globus-csharp-name</c> when the spec renames it, so
/// the C# argument can keep Python's name (<c>task_ids</c>) while the wire keeps the service's (<c>task_id_list</c>).
/// </summary>
public class BodyArgumentNamingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Named, version: v1}
        x-globus-service: named
        x-globus-client: NamedClient
        x-globus-error: NamedApiException
        x-globus-namespace: Globus.Sdk.Named
        paths:
          /v1/admin_cancel:
            post:
              operationId: cancel_tasks
              summary: Cancel tasks.
              requestBody:
                required: true
                x-globus-body: {arguments: [task_id_list, message]}
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/AdminRequest'}
              responses:
                '200':
                  description: Done.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/AdminRequest'}
        components:
          schemas:
            AdminRequest:
              type: object
              required: [task_id_list]
              properties:
                task_id_list:
                  x-globus-csharp-name: TaskIds
                  type: array
                  items: {type: string}
                message: {type: string}
        """;

    [Test]
    public void A_renamed_property_names_its_argument_and_keeps_its_wire_name()
    {
        var (result, output) = GeneratorHarness.Run([new GeneratorHarness.Spec("/specs/named.yaml", Spec)]);

        var client = result.GeneratedSources.Single(s => s.HintName == "Globus.Sdk.Named.NamedClient.g.cs").SourceText.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(client, Does.Contain("IEnumerable<string> taskIds,").And.Contain("string? message = null"));
            Assert.That(client, Does.Contain("fields.Write(\"task_id_list\", taskIds);").And.Contain("fields.Write(\"message\", message);"));
            Assert.That(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error), Is.Empty);
        });
    }

    [Test]
    public void A_required_free_form_argument_is_refused_when_it_holds_no_json()
    {
        var spec = Spec.Replace("x-globus-body: {arguments: [task_id_list, message]}", "x-globus-body: {arguments: [task_id_list, definition]}")
            .Replace("required: [task_id_list]", "required: [task_id_list, definition]")
            .Replace("message: {type: string}", "definition: {type: object, additionalProperties: true}");
        var (result, output) = GeneratorHarness.Run([new GeneratorHarness.Spec("/specs/named.yaml", spec)]);

        var client = result.GeneratedSources.Single(s => s.HintName == "Globus.Sdk.Named.NamedClient.g.cs").SourceText.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty);
            Assert.That(client, Does.Contain("JsonElement definition,"));
            // A JsonElement is never null: its default, which holds no JSON, is what must be refused.
            Assert.That(client, Does.Contain("JsonArguments.ThrowIfUndefined(definition);").And.Not.Contain("ArgumentNullException.ThrowIfNull(definition);"));
            Assert.That(client, Does.Contain("ArgumentNullException.ThrowIfNull(taskIds);"));
            Assert.That(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error), Is.Empty);
        });
    }
}
