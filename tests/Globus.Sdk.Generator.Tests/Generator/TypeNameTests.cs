using Globus.Sdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Globus.Sdk.Generator.Tests.Generator;

/// <summary>
/// Generated type names are settled across every spec: the same schema name in two services builds,
/// and two types that would share a name in one namespace are a diagnostic, never a generator crash.
/// </summary>
public class TypeNameTests
{
    private static readonly string SearchPath = RepositoryFiles.PathOf("specs", "search.yaml");
    private static readonly string OtherPath = RepositoryFiles.PathOf("specs", "t-other.yaml");

    // Search's schema names again, in another service.
    private static string Other(string ns) => $$$"""
        openapi: 3.0.3
        info: {title: Other, version: v1}
        x-globus-service: other
        x-globus-client: OtherClient
        x-globus-error: OtherApiException
        x-globus-namespace: {{{ns}}}
        paths:
          /v1/roles/{role_id}:
            get:
              operationId: get_role
              summary: Get a role.
              parameters:
                - {name: role_id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The role.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Role'}
        components:
          schemas:
            Role:
              type: object
              properties:
                role_name: {type: string, enum: [owner, member]}
            SearchIndex:
              type: object
              properties:
                id: {type: string}
        """;

    [Test]
    public void A_second_spec_may_reuse_the_schema_names_of_another_service()
    {
        var (result, output) = GeneratorHarness.Run(
        [
            new GeneratorHarness.Spec(SearchPath, File.ReadAllText(SearchPath)),
            new GeneratorHarness.Spec("/specs/other.yaml", Other("Globus.Sdk.Other")),
        ]);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()), Is.Empty);
        Assert.That(
            result.GeneratedSources.Select(s => s.HintName),
            Is.SupersetOf(new[] { "Globus.Sdk.Search.Role.g.cs", "Globus.Sdk.Other.Role.g.cs", "Globus.Sdk.Search.SearchIndex.g.cs", "Globus.Sdk.Other.SearchIndex.g.cs" }));
        Assert.That(output.GetTypeByMetadataName("Globus.Sdk.Other.Role"), Is.Not.Null);
    }

    [Test]
    public void The_JSON_context_is_named_after_the_primary_client_up_to_Client()
    {
        // Compute's primary client is ComputeClientV2; its context serves ComputeClientV3 too, so it is ComputeJsonContext.
        var (result, output) = GeneratorHarness.Run(
            [new GeneratorHarness.Spec("/specs/other.yaml", Other("Globus.Sdk.Other").Replace("x-globus-client: OtherClient", "x-globus-client: OtherClientV2"))]);

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(output.GetTypeByMetadataName("Globus.Sdk.Other.OtherJsonContext"), Is.Not.Null);
        Assert.That(output.GetTypeByMetadataName("Globus.Sdk.Other.OtherClientV2JsonContext"), Is.Null);
        Assert.That(output.GetTypeByMetadataName("Globus.Sdk.Other.OtherClientV2"), Is.Not.Null);
    }

    [Test]
    public void Two_specs_in_one_namespace_are_told_which_names_they_share()
    {
        var (result, _) = GeneratorHarness.Run(
        [
            new GeneratorHarness.Spec(SearchPath, File.ReadAllText(SearchPath)),
            new GeneratorHarness.Spec(OtherPath, Other("Globus.Sdk.Search")),
        ]);

        var clashes = result.Diagnostics.Where(d => d.Id == "GLOBUS025").ToList();
        Assert.That(clashes.Select(d => d.Location.GetLineSpan().Path), Is.All.EqualTo(OtherPath), "the spec whose path sorts first keeps the names");
        Assert.That(clashes.Select(d => d.GetMessage()), Has.Some.Contains("'Role'").And.Some.Contains("'SearchIndex'").And.All.Contains("search.yaml"));
        Assert.That(result.GeneratedSources.Select(s => s.HintName), Is.Unique);
        Assert.That(result.GeneratedSources.Select(s => s.HintName), Does.Contain("Globus.Sdk.Search.OtherClient.g.cs"));
    }

    [Test]
    public void Two_schemas_given_one_name_keep_the_first_and_report_the_second()
    {
        var spec = Other("Globus.Sdk.Other").Replace("    SearchIndex:\n", "    SearchIndex:\n      x-globus-csharp-name: Role\n");

        var (result, _) = GeneratorHarness.Run([new GeneratorHarness.Spec("/specs/other.yaml", spec)]);

        var clash = result.Diagnostics.Single();
        Assert.That(clash.Id, Is.EqualTo("GLOBUS025"));
        Assert.That(clash.GetMessage(), Does.Contain("The schema 'SearchIndex' would become the type 'Role'").And.Contain("the schema 'Role' (line 22)"));
        Assert.That(clash.Location.GetLineSpan().StartLinePosition.Line + 1, Is.EqualTo(26));
        Assert.That(result.GeneratedSources.Count(s => s.HintName == "Globus.Sdk.Other.Role.g.cs"), Is.EqualTo(1));
    }
}
