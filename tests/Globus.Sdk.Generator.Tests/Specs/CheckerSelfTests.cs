using Globus.Sdk.Generator.Tests.Support;

namespace Globus.Sdk.Generator.Tests.Specs;

/// <summary>The spec checks can fail: each is fed a document broken in its own way and must say so.</summary>
public class CheckerSelfTests
{
    // A small document that passes every check; each test breaks one thing in it.
    private const string Valid = """
        openapi: 3.0.3
        info: {title: Example API, version: v1}
        x-globus-service: example
        x-globus-client: ExampleClient
        x-globus-error: ExampleApiException
        x-globus-namespace: Globus.Sdk.Example
        paths:
          /v1/thing/{thing_id}:
            get:
              operationId: get_thing
              summary: Get a thing.
              description: Gets a thing.
              externalDocs: {url: 'https://docs.globus.org/api/example/'}
              security: []
              parameters:
                - {name: thing_id, in: path, required: true, schema: {type: string}}
                - {name: verbose, in: query, x-globus-encoding: 'true|false', schema: {type: boolean}}
              responses:
                '200':
                  description: The thing.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
                      example: {id: abc, size: 3}
        components:
          schemas:
            Thing:
              type: object
              required: [id]
              properties:
                id: {type: string}
                size: {type: integer}
        """;

    [Test]
    public void The_valid_document_passes_every_check()
    {
        var document = Parse(Valid);
        Assert.Multiple(() =>
        {
            Assert.That(SchemaChecks.OpenApiProblems(document), Is.Empty);
            Assert.That(SchemaChecks.ExampleProblems(document), Is.Empty);
            Assert.That(SpecRules.OperationProblems(document), Is.Empty);
            Assert.That(SpecRules.PathParameterProblems(document), Is.Empty);
            Assert.That(SpecRules.QueryParameterProblems(document), Is.Empty);
            Assert.That(SpecRules.VocabularyProblems(document, SpecReadme.Current), Is.Empty);
        });
    }

    [Test]
    public void A_document_without_info_version_or_responses_fails_the_OpenAPI_schema()
    {
        var broken = Parse(Valid
            .Replace("info: {title: Example API, version: v1}", "info: {title: Example API}")
            .Replace("      responses:\n", "      x-responses:\n"));
        Assert.That(SchemaChecks.OpenApiProblems(broken),
            Has.Some.Contains("PropertyRequired at #/info.version").And.Some.Contains(".get"));
    }

    [Test]
    public void An_unknown_top_level_field_fails_the_OpenAPI_schema() =>
        Assert.That(SchemaChecks.OpenApiProblems(Parse(Valid + "\nwebhooks: {}\n")), Is.Not.Empty);

    [TestCase("example: {id: abc, size: 3}", "example: {id: abc, size: three}", TestName = "An example with a wrong type fails")]
    [TestCase("example: {id: abc, size: 3}", "example: {size: 3}", TestName = "An example without a required field fails")]
    [TestCase("example: {id: abc, size: 3}", "example: {id: abc, sise: 3}", TestName = "An example with an undeclared field fails")]
    public void Broken_examples_are_reported(string good, string bad)
    {
        var problems = SchemaChecks.ExampleProblems(Parse(Valid.Replace(good, bad)));
        Assert.That(problems, Has.Count.EqualTo(1).And.One.Contains("example"));
    }

    [Test]
    public void A_nullable_property_admits_null_and_nothing_else()
    {
        var nullable = Valid.Replace("size: {type: integer}", "size: {type: integer, nullable: true}");
        Assert.Multiple(() =>
        {
            Assert.That(SchemaChecks.ExampleProblems(Parse(nullable.Replace("size: 3}", "size: null}"))), Is.Empty);
            Assert.That(SchemaChecks.ExampleProblems(Parse(nullable.Replace("size: 3}", "size: '3'}"))), Is.Not.Empty);
        });
    }

    [TestCase("operationId: get_thing", "operationId: GetThing", "operationId")]
    [TestCase("summary: Get a thing.", "summary: ''", "summary")]
    [TestCase("externalDocs: {url: 'https://docs.globus.org/api/example/'}", "externalDocs: {url: 'http://example.org'}", "externalDocs")]
    [TestCase("schema: {$ref: '#/components/schemas/Thing'}", "schema: {type: object}", "x-globus-untyped")]
    public void Operation_rules_are_enforced(string good, string bad, string expected)
    {
        var problems = SpecRules.OperationProblems(Parse(Valid.Replace(good, bad)));
        Assert.That(problems, Has.Some.Contains(expected));
    }

    [Test]
    public void Duplicate_operation_ids_are_reported()
    {
        var twice = Valid.Replace("components:", """
                delete:
                  operationId: get_thing
                  summary: Delete a thing.
                  description: Deletes a thing.
                  externalDocs: {url: 'https://docs.globus.org/api/example/'}
                  security: []
                  responses:
                    '200':
                      description: Gone.
                      x-globus-untyped: the service answers with an empty document
            components:
            """);
        Assert.That(SpecRules.OperationProblems(Parse(twice)), Has.Some.Contains("'get_thing' is used by"));
    }

    [Test]
    public void An_undeclared_path_parameter_is_reported()
    {
        var problems = SpecRules.PathParameterProblems(Parse(Valid.Replace("/v1/thing/{thing_id}:", "/v1/thing/{thing_id}/{part}:")));
        Assert.That(problems, Has.Some.Contains("'part' is not declared"));
    }

    [Test]
    public void A_boolean_query_parameter_without_encoding_is_reported()
    {
        var problems = SpecRules.QueryParameterProblems(Parse(Valid.Replace(" x-globus-encoding: 'true|false',", "")));
        Assert.That(problems, Has.Some.Contains("x-globus-encoding"));
    }

    [TestCase("x-globus-client: ExampleClient", "x-globus-client: ExampleClient\nx-globus-colour: blue", "not described in specs/README.md")]
    [TestCase("type: object\n      required", "type: object\n      x-globus-encoding: 'true|false'\n      required", "may not stand")]
    [TestCase("info: {title: Example API, version: v1}", "info: {title: Example API, version: v1, x-globus-service: example}", "where no x-globus key may")]
    public void Unknown_and_misplaced_keys_are_reported(string good, string bad, string expected) =>
        AssertVocabularyProblem(good, bad, expected);

    [TestCase("x-globus-encoding: 'true|false'", "x-globus-encoding: 'yes|no'", "must be one of")]
    [TestCase("x-globus-namespace: Globus.Sdk.Example\n", "", "needs x-globus-namespace")]
    [TestCase("paths:", "servers: [{url: 'https://example.api.globus.org/'}]\npaths:", "no top-level servers")]
    public void Missing_and_malformed_values_are_reported(string good, string bad, string expected) =>
        AssertVocabularyProblem(good, bad, expected);

    [TestCase("{openid: OpenId}", true)]
    [TestCase("{email: Email}", false)]
    [TestCase("{openid: open-id}", false)]
    [TestCase("OpenId", false)]
    public void Scope_constant_names_on_a_security_scheme_are_checked(string names, bool valid)
    {
        const string Scheme = """
            components:
              securitySchemes:
                globus_auth:
                  type: oauth2
                  x-globus-resource-server: example.api.globus.org
                  x-globus-scopes-class: ExampleScopes
                  x-globus-csharp-name: NAMES
                  flows:
                    authorizationCode:
                      authorizationUrl: https://auth.globus.org/v2/oauth2/authorize
                      tokenUrl: https://auth.globus.org/v2/oauth2/token
                      scopes:
                        openid: The identity.

            """;
        var problems = SpecRules.VocabularyProblems(Parse(Valid.Replace("components:\n", Scheme.Replace("NAMES", names))), SpecReadme.Current).ToList();
        if (valid)
        {
            Assert.That(problems, Is.Empty);
        }
        else
        {
            Assert.That(problems, Has.Some.Contains("x-globus-csharp-name maps scopes of the scheme"));
        }
    }

    [TestCase("ExampleClientV2", true)]
    [TestCase("ExampleClient", true)]
    [TestCase("ExampleThing", false)]
    [TestCase("ExampleClientVersion2", false)]
    public void The_primary_client_ends_with_Client_or_Client_and_a_version(string name, bool valid)
    {
        var problems = SpecRules.VocabularyProblems(Parse(Valid.Replace("x-globus-client: ExampleClient", "x-globus-client: " + name)), SpecReadme.Current).ToList();

        Assert.That(problems.Any(p => p.Contains("must end with Client")), Is.EqualTo(!valid), string.Join("; ", problems));
    }

    private static void AssertVocabularyProblem(string good, string bad, string expected)
    {
        var problems = SpecRules.VocabularyProblems(Parse(Valid.Replace(good, bad)), SpecReadme.Current);
        Assert.That(problems, Has.Some.Contains(expected));
    }

    private static SpecDocument Parse(string yaml) => SpecDocument.Parse("inline.yaml", yaml.ReplaceLineEndings("\n"));
}
